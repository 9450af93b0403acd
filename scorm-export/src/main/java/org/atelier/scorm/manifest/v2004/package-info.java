/**
 * JAXB binding of the SCORM 2004 (4th edition) content-packaging manifest: only the elements
 * Atelier writes, checked against the official schema files before any package is written.
 */
@XmlSchema(
    namespace = "http://www.imsglobal.org/xsd/imscp_v1p1",
    elementFormDefault = XmlNsForm.QUALIFIED,
    xmlns = {
      @XmlNs(prefix = "", namespaceURI = "http://www.imsglobal.org/xsd/imscp_v1p1"),
      @XmlNs(prefix = "adlcp", namespaceURI = "http://www.adlnet.org/xsd/adlcp_v1p3"),
      @XmlNs(prefix = "imsss", namespaceURI = "http://www.imsglobal.org/xsd/imsss"),
      @XmlNs(prefix = "xsi", namespaceURI = "http://www.w3.org/2001/XMLSchema-instance")
    })
package org.atelier.scorm.manifest.v2004;

import jakarta.xml.bind.annotation.XmlNs;
import jakarta.xml.bind.annotation.XmlNsForm;
import jakarta.xml.bind.annotation.XmlSchema;
