package dk.sagsvagt.decisions.internal.serviceplatformen;

import dk.sagsvagt.decisions.internal.memo.MeMo;

import jakarta.xml.bind.annotation.XmlAccessType;
import jakarta.xml.bind.annotation.XmlAccessorType;
import jakarta.xml.bind.annotation.XmlElement;
import jakarta.xml.bind.annotation.XmlRootElement;
import jakarta.xml.bind.annotation.XmlType;

/**
 * SF1601 KombiPostAfsend's request body: {@code <kombi_request>} (no namespace) with the channel choice and the MeMo
 * message. Sagsvagt chooses "Digital Post" only after the registration check (PostForespoerg) said the citizen can
 * receive it.
 */
@XmlRootElement(name = "kombi_request")
@XmlAccessorType(XmlAccessType.FIELD)
@XmlType(propOrder = { "kombiValgKode", "message" })
class KombiRequest {

	@XmlElement(name = "KombiValgKode", required = true)
	String kombiValgKode = "Digital Post";

	@XmlElement(name = "Message", namespace = MeMo.NAMESPACE, required = true)
	MeMo.Message message;
}
