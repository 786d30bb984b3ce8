/**
 * SF1520 CPR PersonBaseDataExtended, version 5 (the service contract on Serviceplatformen: WSDL and schemas in the
 * namespace {@code http://serviceplatformen.dk/xml/wsdl/soap11/CPR/PersonBaseDataExtended/5/}), as far as Sagsvagt
 * reads it: the request {@code PersonLookupRequest} with the InvocationContext and PNR, the answer's name, current
 * address, status, address protection, Digital Post flag and relations. Elements the types do not name are skipped.
 */
@XmlSchema(namespace = Sf1520.NAMESPACE, elementFormDefault = XmlNsForm.QUALIFIED)
package dk.sagsvagt.citizens.internal.sf1520;

import jakarta.xml.bind.annotation.XmlNsForm;
import jakarta.xml.bind.annotation.XmlSchema;
