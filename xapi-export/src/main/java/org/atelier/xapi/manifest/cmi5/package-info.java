/**
 * JAXB binding of {@code cmi5.xml}, the cmi5 course structure: only the elements Atelier writes,
 * checked against the specification's {@code CourseStructure.xsd} before any package is written.
 */
@XmlSchema(
    namespace = "https://w3id.org/xapi/profiles/cmi5/v1/CourseStructure.xsd",
    elementFormDefault = XmlNsForm.QUALIFIED,
    xmlns = {
      @XmlNs(
          prefix = "",
          namespaceURI = "https://w3id.org/xapi/profiles/cmi5/v1/CourseStructure.xsd")
    })
package org.atelier.xapi.manifest.cmi5;

import jakarta.xml.bind.annotation.XmlNs;
import jakarta.xml.bind.annotation.XmlNsForm;
import jakarta.xml.bind.annotation.XmlSchema;
