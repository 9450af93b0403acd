/**
 * JAXB binding of the SCORM 1.2 content-packaging manifest: only the elements Atelier writes,
 * checked against the official schema files before any package is written.
 */
@XmlSchema(
    namespace = "http://www.imsproject.org/xsd/imscp_rootv1p1p2",
    elementFormDefault = XmlNsForm.QUALIFIED,
    xmlns = {
      @XmlNs(prefix = "", namespaceURI = "http://www.imsproject.org/xsd/imscp_rootv1p1p2"),
      @XmlNs(prefix = "adlcp", namespaceURI = "http://www.adlnet.org/xsd/adlcp_rootv1p2"),
      @XmlNs(prefix = "xsi", namespaceURI = "http://www.w3.org/2001/XMLSchema-instance")
    })
package org.atelier.scorm.manifest.v12;

import jakarta.xml.bind.annotation.XmlNs;
import jakarta.xml.bind.annotation.XmlNsForm;
import jakarta.xml.bind.annotation.XmlSchema;
