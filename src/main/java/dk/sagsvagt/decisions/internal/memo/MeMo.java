package dk.sagsvagt.decisions.internal.memo;

import java.util.UUID;

import jakarta.xml.bind.annotation.XmlAccessType;
import jakarta.xml.bind.annotation.XmlAccessorType;
import jakarta.xml.bind.annotation.XmlAttribute;
import jakarta.xml.bind.annotation.XmlElement;
import jakarta.xml.bind.annotation.XmlRootElement;
import jakarta.xml.bind.annotation.XmlType;

/**
 * The MeMo 1.2 elements Sagsvagt writes and reads, in the order MeMo prescribes (SF1601 rejects elements out of
 * order). Optional elements left null are not written.
 */
public final class MeMo {

	public static final String NAMESPACE = "https://DigitalPost.dk/MeMo-1";

	public static final String KLE = "http://kle-online.dk/";

	public static final String VERSION = "1.2";

	private MeMo() {
	}

	@XmlRootElement(name = "Message")
	@XmlAccessorType(XmlAccessType.FIELD)
	@XmlType(name = "", propOrder = { "header", "body" })
	public static class Message {

		@XmlAttribute(name = "memoVersion", required = true)
		public String memoVersion = VERSION;

		@XmlElement(name = "MessageHeader", required = true)
		public Header header;

		@XmlElement(name = "MessageBody")
		public Body body;
	}

	@XmlAccessorType(XmlAccessType.FIELD)
	@XmlType(name = "MessageHeader", propOrder = { "messageType", "messageUUID", "messageID", "label", "mandatory",
			"legalNotification", "sender", "recipient", "contentData" })
	public static class Header {

		/** DIGITALPOST (or NEMSMS). */
		@XmlElement(required = true)
		public String messageType = "DIGITALPOST";

		/** The message's own id; a delivery receipt names it (PKO_PostStatus MessageUUID). */
		@XmlElement(required = true)
		public UUID messageUUID;

		/** The sender's own reference: here the document number. */
		public String messageID;

		@XmlElement(required = true)
		public String label;

		/** Whether the recipient must receive it even when exempt from Digital Post. */
		public Boolean mandatory;

		/** Whether it is a legal notification (a decision with legal effect, retssikkerhedsloven § 67). */
		public Boolean legalNotification;

		@XmlElement(name = "Sender", required = true)
		public Sender sender;

		@XmlElement(name = "Recipient", required = true)
		public Recipient recipient;

		@XmlElement(name = "ContentData")
		public ContentData contentData;
	}

	@XmlAccessorType(XmlAccessType.FIELD)
	@XmlType(name = "Sender", propOrder = { "senderID", "idType", "label" })
	public static class Sender {

		/** The municipality's CVR number (8 digits). */
		@XmlElement(required = true)
		public String senderID;

		@XmlElement(required = true)
		public String idType = "CVR";

		@XmlElement(required = true)
		public String label;
	}

	@XmlAccessorType(XmlAccessType.FIELD)
	@XmlType(name = "Recipient", propOrder = { "recipientID", "idType", "label" })
	public static class Recipient {

		/** The citizen's CPR number, 10 digits without a dash. */
		@XmlElement(required = true)
		public String recipientID;

		@XmlElement(required = true)
		public String idType = "CPR";

		public String label;
	}

	@XmlAccessorType(XmlAccessType.FIELD)
	@XmlType(name = "ContentData", propOrder = { "caseId", "kleData" })
	public static class ContentData {

		@XmlElement(name = "CaseID")
		public CaseId caseId;

		@XmlElement(name = "KLEdata", namespace = KLE)
		public KleData kleData;
	}

	@XmlAccessorType(XmlAccessType.FIELD)
	@XmlType(name = "CaseID", propOrder = { "caseID", "caseSystem" })
	public static class CaseId {

		@XmlElement(required = true)
		public String caseID;

		@XmlElement(required = true)
		public String caseSystem;
	}

	@XmlAccessorType(XmlAccessType.FIELD)
	@XmlType(name = "KLEdata", namespace = KLE, propOrder = { "subjectKey", "version", "activityFacet", "label" })
	public static class KleData {

		/** The KLE number, e.g. 34.10.10. */
		@XmlElement(namespace = KLE, required = true)
		public String subjectKey;

		/** The KLE plan's version. */
		@XmlElement(namespace = KLE)
		public String version;

		/** The handlingsfacet, e.g. G01. */
		@XmlElement(namespace = KLE)
		public String activityFacet;

		@XmlElement(namespace = KLE)
		public String label;
	}

	@XmlAccessorType(XmlAccessType.FIELD)
	@XmlType(name = "MessageBody", propOrder = { "createdDateTime", "mainDocument" })
	public static class Body {

		/** UTC, e.g. 2026-12-04T09:15:00Z. */
		@XmlElement(required = true)
		public String createdDateTime;

		@XmlElement(name = "MainDocument", required = true)
		public MainDocument mainDocument;
	}

	@XmlAccessorType(XmlAccessType.FIELD)
	@XmlType(name = "MainDocument", propOrder = { "mainDocumentID", "label", "file" })
	public static class MainDocument {

		public String mainDocumentID;

		public String label;

		@XmlElement(name = "File", required = true)
		public File file;
	}

	@XmlAccessorType(XmlAccessType.FIELD)
	@XmlType(name = "File", propOrder = { "encodingFormat", "filename", "language", "content" })
	public static class File {

		@XmlElement(required = true)
		public String encodingFormat = "application/pdf";

		@XmlElement(required = true)
		public String filename;

		@XmlElement(required = true)
		public String language = "da";

		/** The file, base64 in the XML. */
		@XmlElement(required = true)
		public byte[] content;
	}
}
