package dk.sagsvagt.decisions.internal.serviceplatformen;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.security.cert.X509Certificate;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Base64;
import java.util.UUID;

import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import org.xml.sax.SAXException;

import dk.sagsvagt.decisions.internal.DecisionDispatches;

import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

import jakarta.servlet.http.HttpServletRequest;

/**
 * Receives SF1601's status messages pushed by Beskedfordeler ("PostStatusBeskedModtag"): a {@code ModtagBeskedInput}
 * whose {@code Haendelsesbesked} carries a PKO_PostStatus base64 in {@code Beskeddata}. The caller is Beskedfordeler,
 * identified by its client certificate (mutual TLS; the subject must contain
 * {@code sagsvagt.digital-post.serviceplatformen.beskedfordeler-subject}). Each message is stored once by its
 * {@code BeskedId} before it is acknowledged ({@code StatusKode} 20); one that cannot be read is answered 40 with the
 * reason, and Beskedfordeler delivers it again.
 */
@RestController
@org.springframework.boot.autoconfigure.condition.ConditionalOnProperty(name = "sagsvagt.digital-post.mode", havingValue = "serviceplatformen")
class PostStatusEndpoint {

	static final String PATH = "/beskedfordeler/PostStatusBeskedModtag";

	private static final Logger log = LoggerFactory.getLogger(PostStatusEndpoint.class);

	private static final String KUVERT = "urn:oio:besked:kuvert:1.0";

	private static final String SAGDOK = "urn:oio:sagdok:3.0.0";

	private static final String BASE64 = "urn:besked:kuvert:1.0";

	/** Largest message read; a status message is a few kilobytes. */
	static final int MAX_BYTES = 256 * 1024;

	private final DecisionDispatches dispatches;

	private final String subject;

	PostStatusEndpoint(DecisionDispatches dispatches, ServiceplatformenSettings settings) {
		this.dispatches = dispatches;
		this.subject = settings.beskedfordelerSubject();
	}

	@PostMapping(path = PATH, produces = MediaType.APPLICATION_XML_VALUE)
	ResponseEntity<String> receive(HttpServletRequest request) throws IOException {
		X509Certificate[] chain = (X509Certificate[]) request.getAttribute("jakarta.servlet.request.X509Certificate");
		if (chain == null || chain.length == 0 || !chain[0].getSubjectX500Principal().getName().contains(subject)) {
			return ResponseEntity.status(403).contentType(MediaType.APPLICATION_XML).body(answer(40, "Ukendt afsender."));
		}
		byte[] body;
		try (InputStream in = request.getInputStream()) {
			body = in.readNBytes(MAX_BYTES + 1);
		}
		if (body.length > MAX_BYTES) {
			return ok(answer(40, "Beskeden er større end " + MAX_BYTES + " byte."));
		}
		try {
			Document envelope = parse(body);
			String beskedId = text(envelope, KUVERT, "BeskedId");
			byte[] payload = Base64.getMimeDecoder().decode(text(envelope, BASE64, "Base64"));
			PostStatus status = Xml.read(payload, PostStatus.class);
			record(beskedId, status);
			return ok(answer(20, null));
		}
		catch (IllegalArgumentException | DateTimeParseException e) {
			log.warn("Beskedfordeler message refused: {}", e.getMessage());
			return ok(answer(40, "Beskeden kunne ikke læses: " + e.getMessage()));
		}
	}

	private void record(String beskedId, PostStatus status) {
		if (status.messageUuid == null || status.transaktionsStatusKode == null) {
			throw new IllegalArgumentException("PKO_PostStatus mangler MessageUUID eller TransaktionsStatusKode");
		}
		UUID message = UUID.fromString(status.messageUuid.strip());
		Instant at = status.transaktionsDatoTid == null ? Instant.now() : Instant.parse(status.transaktionsDatoTid.strip());
		String code = status.transaktionsStatusKode.strip().toLowerCase(java.util.Locale.ROOT);
		if (code.equals("fejlet")) {
			String detail = status.fejlDetaljer == null ? null
					: (status.fejlDetaljer.fejlKode == null ? "" : status.fejlDetaljer.fejlKode + ": ")
							+ (status.fejlDetaljer.fejlTekst == null ? "" : status.fejlDetaljer.fejlTekst);
			dispatches.receipt(beskedId, message, DecisionDispatches.Outcome.FAILED, at, detail);
		}
		else if (code.startsWith("afleveret") && "digital post".equalsIgnoreCase(String.valueOf(status.kanalKode).strip())) {
			dispatches.receipt(beskedId, message, DecisionDispatches.Outcome.DELIVERED, at, status.transaktionsStatusKode);
		}
		// other statuses ("Modtaget Digital Post", print stages) are steps on the way: acknowledged, nothing changes
	}

	private static Document parse(byte[] xml) {
		try {
			DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
			factory.setNamespaceAware(true);
			factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
			factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
			factory.setXIncludeAware(false);
			factory.setExpandEntityReferences(false);
			return factory.newDocumentBuilder().parse(new ByteArrayInputStream(xml));
		}
		catch (ParserConfigurationException | SAXException | IOException e) {
			throw new IllegalArgumentException("ikke gyldig XML");
		}
	}

	/** The text of the first element; for {@code BeskedId} its {@code UUIDIdentifikator}. */
	private static String text(Document document, String namespace, String name) {
		NodeList found = document.getElementsByTagNameNS(namespace, name);
		if (found.getLength() == 0) {
			throw new IllegalArgumentException(name + " mangler");
		}
		Element element = (Element) found.item(0);
		NodeList uuid = element.getElementsByTagNameNS(SAGDOK, "UUIDIdentifikator");
		String text = (uuid.getLength() > 0 ? uuid.item(0) : element).getTextContent();
		if (text == null || text.isBlank()) {
			throw new IllegalArgumentException(name + " er tom");
		}
		return text.strip();
	}

	private static ResponseEntity<String> ok(String body) {
		return ResponseEntity.ok().contentType(MediaType.APPLICATION_XML).body(body);
	}

	/** {@code ModtagBeskedOutput}: StatusKode 20 (received) or 40 (refused, with the reason). */
	static String answer(int status, String error) {
		var document = newDocument();
		Element root = document.createElementNS("urn:oio:sts:1.0.0", "ns2:ModtagBeskedOutput");
		document.appendChild(root);
		Element result = document.createElementNS(SAGDOK, "StandardRetur");
		root.appendChild(result);
		Element code = document.createElementNS(SAGDOK, "StatusKode");
		code.setTextContent(Integer.toString(status));
		result.appendChild(code);
		Element text = document.createElementNS(SAGDOK, "FejlbeskedTekst");
		text.setTextContent(error == null ? "" : error);
		result.appendChild(text);
		try {
			var transformer = javax.xml.transform.TransformerFactory.newInstance().newTransformer();
			var out = new java.io.StringWriter();
			transformer.transform(new javax.xml.transform.dom.DOMSource(document), new javax.xml.transform.stream.StreamResult(out));
			return out.toString();
		}
		catch (javax.xml.transform.TransformerException e) {
			throw new IllegalStateException(e);
		}
	}

	private static Document newDocument() {
		try {
			DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
			factory.setNamespaceAware(true);
			return factory.newDocumentBuilder().newDocument();
		}
		catch (ParserConfigurationException e) {
			throw new IllegalStateException(e);
		}
	}
}
