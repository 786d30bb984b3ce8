package dk.sagsvagt.decisions.internal.serviceplatformen;

import jakarta.xml.bind.annotation.XmlAccessType;
import jakarta.xml.bind.annotation.XmlAccessorType;
import jakarta.xml.bind.annotation.XmlElement;
import jakarta.xml.bind.annotation.XmlRootElement;

/**
 * SF1601 KombiPostAfsend's answer ({@code <kombi_response>}): {@code Result} true means the service accepted the
 * message, not that it was delivered; delivery is reported later through Beskedfordeler (PKO_PostStatus).
 */
@XmlRootElement(name = "kombi_response")
@XmlAccessorType(XmlAccessType.FIELD)
class KombiResponse {

	@XmlElement(name = "Result")
	Boolean result;

	@XmlElement(name = "TransmissionID")
	String transmissionId;
}
