/**
 * MeMo 1.2, the message format of Digital Post (Digitaliseringsstyrelsen), as far as Sagsvagt writes it: a decision
 * letter to one citizen. Element names, order and namespaces follow the published MeMo examples
 * (MeMo_Minimum_Example.xml and MeMo_Full_Example.xml, memoVersion 1.2); see the issue 20 note for the sources.
 */
@XmlSchema(namespace = MeMo.NAMESPACE, elementFormDefault = XmlNsForm.QUALIFIED,
		xmlns = { @XmlNs(prefix = "memo", namespaceURI = MeMo.NAMESPACE), @XmlNs(prefix = "kle", namespaceURI = MeMo.KLE) })
package dk.sagsvagt.decisions.internal.memo;

import jakarta.xml.bind.annotation.XmlNs;
import jakarta.xml.bind.annotation.XmlNsForm;
import jakarta.xml.bind.annotation.XmlSchema;
