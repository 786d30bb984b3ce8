package dk.sagsvagt.decisions.internal.serviceplatformen;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

import dk.sagsvagt.access.AccessPolicy;
import dk.sagsvagt.access.Action;
import dk.sagsvagt.citizens.Citizen;
import dk.sagsvagt.citizens.Citizens;
import dk.sagsvagt.decisions.DigitalPost;
import dk.sagsvagt.decisions.internal.memo.MeMo;

/**
 * Digital Post through Serviceplatformen (sagsvagt.digital-post.mode=serviceplatformen): the registration check is
 * SF1601 PostForespoerg ({@code GET /service/PostForespoerg_1/digitalpost?cprNumber=}, JSON {@code {"result": …}}),
 * a letter is a MeMo 1.2 message in a {@code kombi_request} to SF1601 KombiPostAfsend
 * ({@code POST /service/KombiPostAfsend_1/kombi}), both with a holder-of-key token and the municipality's
 * certificate. The answer only says the message was accepted; the receipt comes through Beskedfordeler
 * ({@link PostStatusEndpoint}). Each CPR number sent is a read of personal data, in the access log.
 */
public class ServiceplatformenDigitalPost implements DigitalPost {

	static final String KOMBI = "http://entityid.kombit.dk/service/kombipostafsend/1";

	static final String FORESPOERG = "http://entityid.kombit.dk/service/postforespoerg/1";

	private static final Logger log = LoggerFactory.getLogger(ServiceplatformenDigitalPost.class);

	private final ServiceplatformenSettings settings;

	private final HttpClient http;

	private final AccessTokens tokens;

	private final Citizens citizens;

	private final AccessPolicy access;

	private final Clock clock;

	private final ObjectMapper json = new ObjectMapper();

	private final dk.sagsvagt.cases.KlePlans kle;

	public ServiceplatformenDigitalPost(ServiceplatformenSettings settings, Citizens citizens, AccessPolicy access, Clock clock,
			dk.sagsvagt.cases.KlePlans kle) {
		this.kle = kle;
		var identity = dk.sagsvagt.shared.ClientTls.identity(settings.keyStore(), settings.keyStorePassword(), settings.trustStore(),
				settings.trustStorePassword());
		this.settings = settings;
		this.http = HttpClient.newBuilder()
			.sslContext(identity.context())
			.version(HttpClient.Version.HTTP_1_1)
			.connectTimeout(settings.timeout())
			.build();
		this.tokens = new AccessTokens(settings, http, identity.certificate(), clock);
		this.citizens = citizens;
		this.access = access;
		this.clock = clock;
	}

	@Override
	public Reach reach(long citizenId) {
		Citizen citizen = citizens.get(citizenId);
		access.logSystemRead(Action.VIEW_CPR, null, List.of(citizenId), "Digital Post: tilmeldingstjek (PostForespoerg)");
		URI uri = settings.service("/service/PostForespoerg_1/digitalpost?cprNumber=" + citizen.cpr().digits());
		try {
			HttpResponse<String> response = call(HttpRequest.newBuilder(uri).GET().header("Accept", "application/json"), FORESPOERG,
					"PostForespoerg");
			if (response.statusCode() != 200) {
				throw new DigitalPostException("PostForespoerg afviste tjekket (HTTP " + response.statusCode() + ").");
			}
			JsonNode result = json.readTree(response.body()).path("result");
			if (!result.isBoolean()) {
				throw new DigitalPostException("PostForespoerg svarede uden resultat.");
			}
			return result.asBoolean() ? Reach.DIGITAL_POST : Reach.NOT_REGISTERED;
		}
		catch (DigitalPostException | tools.jackson.core.JacksonException e) {
			log.warn("Digital Post registration check failed: {}", e.getMessage());
			return Reach.UNKNOWN;
		}
	}

	@Override
	public void send(Letter letter) {
		Citizen citizen = citizens.get(letter.citizenId());
		access.logSystemRead(Action.VIEW_CPR, letter.caseNumber(), List.of(letter.citizenId()),
				"Digital Post: afsendelse af dokument " + letter.documentNumber());
		KombiRequest request = new KombiRequest();
		request.message = message(letter, citizen);
		HttpResponse<String> response = call(HttpRequest.newBuilder(settings.service("/service/KombiPostAfsend_1/kombi"))
			.header("Content-Type", "application/xml")
			.header("Accept", "application/xml")
			.POST(HttpRequest.BodyPublishers.ofByteArray(Xml.write(request))), KOMBI, "KombiPostAfsend");
		if (response.statusCode() != 200) {
			throw new DigitalPostException("KombiPostAfsend afviste brevet (HTTP " + response.statusCode() + ").");
		}
		KombiResponse answer;
		try {
			answer = Xml.read(response.body().getBytes(java.nio.charset.StandardCharsets.UTF_8), KombiResponse.class);
		}
		catch (IllegalArgumentException e) {
			throw new DigitalPostException("KombiPostAfsend svarede ikke med et kombi_response.");
		}
		if (!Boolean.TRUE.equals(answer.result)) {
			throw new DigitalPostException("KombiPostAfsend modtog ikke brevet (Result=false).");
		}
		log.info("Digital Post: letter {} in case {} accepted, transmission {}", letter.documentNumber(), letter.caseNumber(),
				answer.transmissionId);
	}

	/** The MeMo 1.2 message for one recipient's decision letter. */
	MeMo.Message message(Letter letter, Citizen citizen) {
		MeMo.Message message = new MeMo.Message();
		MeMo.Header header = new MeMo.Header();
		header.messageUUID = letter.messageId();
		header.messageID = letter.documentNumber();
		header.label = letter.title();
		header.mandatory = false;
		header.legalNotification = true;
		header.sender = new MeMo.Sender();
		header.sender.senderID = settings.authorityCvr();
		header.sender.label = settings.senderLabel();
		header.recipient = new MeMo.Recipient();
		header.recipient.recipientID = citizen.cpr().digits();
		header.contentData = new MeMo.ContentData();
		header.contentData.caseId = new MeMo.CaseId();
		header.contentData.caseId.caseID = letter.caseNumber();
		header.contentData.caseId.caseSystem = settings.caseSystem();
		if (letter.kle() != null) {
			header.contentData.kleData = new MeMo.KleData();
			header.contentData.kleData.subjectKey = letter.kle();
			// the KLE plan in force: its release date as the version, the number's title as the label
			header.contentData.kleData.version = kle.version().map(java.time.LocalDate::toString).orElse(null);
			header.contentData.kleData.label = kle.subject(letter.kle()).map(dk.sagsvagt.cases.KlePlans.Subject::title).orElse(null);
		}
		message.header = header;
		MeMo.Body body = new MeMo.Body();
		body.createdDateTime = Instant.now(clock).truncatedTo(ChronoUnit.SECONDS).toString();
		body.mainDocument = new MeMo.MainDocument();
		body.mainDocument.mainDocumentID = letter.documentNumber();
		body.mainDocument.label = letter.title();
		body.mainDocument.file = new MeMo.File();
		body.mainDocument.file.filename = letter.documentNumber() + ".pdf";
		try {
			body.mainDocument.file.content = Files.readAllBytes(letter.pdf());
		}
		catch (IOException e) {
			throw new IllegalStateException("The letter " + letter.documentNumber() + " has no readable file", e);
		}
		message.body = body;
		return message;
	}

	private HttpResponse<String> call(HttpRequest.Builder request, String entityId, String what) {
		HttpResponse<String> response = Calls.send(http, request.timeout(settings.timeout())
			.header("Authorization", tokens.authorization(entityId))
			.header("x-TransaktionsId", UUID.randomUUID().toString())
			.header("x-TransaktionsTid", Instant.now(clock).truncatedTo(ChronoUnit.SECONDS).toString())
			.build(), what);
		if (response.statusCode() == 401) {
			// a token the service no longer accepts: the next attempt asks for a new one
			tokens.forget(entityId);
		}
		return response;
	}
}
