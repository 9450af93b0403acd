package org.atelier.model;

/**
 * A resource listed on a page.
 *
 * @param title its name (plain text)
 * @param url an http(s) address or a path inside the course's media folder, or {@code null}
 * @param description what it is (inline markup), or {@code null}
 */
public record Resource(String title, String url, String description) {}
