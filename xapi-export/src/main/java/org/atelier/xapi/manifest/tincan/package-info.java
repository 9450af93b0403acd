/**
 * JAXB binding of {@code tincan.xml}, the launch file of Tin Can packages that LMS launch plugins
 * (Moodle's among them) read: the launchable activity and its parts.
 */
@XmlSchema(
    namespace = "http://projecttincan.com/tincan.xsd",
    elementFormDefault = XmlNsForm.QUALIFIED,
    xmlns = {@XmlNs(prefix = "", namespaceURI = "http://projecttincan.com/tincan.xsd")})
package org.atelier.xapi.manifest.tincan;

import jakarta.xml.bind.annotation.XmlNs;
import jakarta.xml.bind.annotation.XmlNsForm;
import jakarta.xml.bind.annotation.XmlSchema;
