package dk.sagsvagt.decisions.internal.serviceplatformen;

import jakarta.xml.bind.annotation.XmlAccessType;
import jakarta.xml.bind.annotation.XmlAccessorType;
import jakarta.xml.bind.annotation.XmlElement;
import jakarta.xml.bind.annotation.XmlRootElement;

/**
 * The status of a sent message (SF1601's PKO_PostStatus), carried base64 in a Beskedfordeler event:
 * {@code MessageUUID} names the MeMo message, {@code TransaktionsStatusKode} says what happened ("Afleveret Digital
 * Post" when delivered to the mailbox, "Fejlet" when it could not be), with the error in {@code FejlDetaljer}.
 */
@XmlRootElement(name = "PKO_PostStatus", namespace = PostStatus.NAMESPACE)
@XmlAccessorType(XmlAccessType.FIELD)
class PostStatus {

	static final String NAMESPACE = "http://serviceplatformen.dk/xml/print/PKO_PostStatus/1/types";

	@XmlElement(name = "TransmissionId", namespace = NAMESPACE)
	String transmissionId;

	@XmlElement(name = "MessageUUID", namespace = NAMESPACE)
	String messageUuid;

	@XmlElement(name = "KanalKode", namespace = NAMESPACE)
	String kanalKode;

	@XmlElement(name = "TransaktionsDatoTid", namespace = NAMESPACE)
	String transaktionsDatoTid;

	@XmlElement(name = "TransaktionsStatusKode", namespace = NAMESPACE)
	String transaktionsStatusKode;

	@XmlElement(name = "FejlDetaljer", namespace = NAMESPACE)
	Fejl fejlDetaljer;

	@XmlAccessorType(XmlAccessType.FIELD)
	static class Fejl {

		@XmlElement(name = "FejlKode", namespace = NAMESPACE)
		String fejlKode;

		@XmlElement(name = "FejlTekst", namespace = NAMESPACE)
		String fejlTekst;
	}
}
