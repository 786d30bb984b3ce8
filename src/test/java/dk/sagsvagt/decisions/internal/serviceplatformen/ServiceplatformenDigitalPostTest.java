package dk.sagsvagt.decisions.internal.serviceplatformen;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Base64;
import java.util.List;
import java.util.UUID;

import javax.xml.parsers.DocumentBuilderFactory;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

import dk.sagsvagt.access.AccessPolicy;
import dk.sagsvagt.access.CurrentUser;
import dk.sagsvagt.cases.CaseFile;
import dk.sagsvagt.cases.Cases;
import dk.sagsvagt.citizens.Citizens;
import dk.sagsvagt.decisions.Decision;
import dk.sagsvagt.decisions.internal.DecisionDispatches;
import dk.sagsvagt.decisions.DecisionDraft;
import dk.sagsvagt.decisions.DecisionSending;
import dk.sagsvagt.decisions.DecisionType;
import dk.sagsvagt.decisions.Decisions;
import dk.sagsvagt.decisions.DeliveryChannel;
import dk.sagsvagt.decisions.DigitalPost;
import dk.sagsvagt.organisation.StaffRole;
import dk.sagsvagt.support.Fixtures;
import dk.sagsvagt.support.IntegrationTest;
import dk.sagsvagt.support.TestCertificates;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.x509;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Issue 20: Digital Post through Serviceplatformen, against a recorded peer (WireMock on HTTPS with mutual TLS and
 * self-signed certificates) that answers as SF1601 does: the security token service and AccessTokenService, the
 * registration check (PostForespoerg), KombiPostAfsend with its kombi_response, and the receipt pushed by
 * Beskedfordeler (PKO_PostStatus). Faults: refused (HTTP 500, Result=false, 401), too slow, a certificate the peer
 * does not trust, not registered, delivery failed.
 */
@IntegrationTest
class ServiceplatformenDigitalPostTest {

	static final ZoneId COPENHAGEN = ZoneId.of("Europe/Copenhagen");

	static final Path DIR;

	static final TestCertificates CERTIFICATES;

	static final WireMockServer PEER;

	static {
		try {
			DIR = Files.createTempDirectory("sf1601");
			CERTIFICATES = new TestCertificates(DIR);
		}
		catch (Exception e) {
			throw new ExceptionInInitializerError(e);
		}
		PEER = new WireMockServer(options().dynamicPort().dynamicHttpsPort()
			.keystorePath(CERTIFICATES.server.toString()).keystorePassword(TestCertificates.PASSWORD)
			.keyManagerPassword(TestCertificates.PASSWORD).keystoreType("PKCS12")
			.needClientAuth(true)
			.trustStorePath(CERTIFICATES.peerTrust.toString()).trustStorePassword(TestCertificates.PASSWORD).trustStoreType("PKCS12"));
		PEER.start();
	}

	@DynamicPropertySource
	static void serviceplatformen(DynamicPropertyRegistry properties) {
		properties.add("sagsvagt.digital-post.mode", () -> "serviceplatformen");
		String base = "https://localhost:" + PEER.httpsPort();
		properties.add("sagsvagt.digital-post.serviceplatformen.base-url", () -> base);
		properties.add("sagsvagt.digital-post.serviceplatformen.sts-url", () -> base + "/runtime/api/rest/wstrust/v1/issue");
		properties.add("sagsvagt.digital-post.serviceplatformen.authority-cvr", () -> "29189846");
		properties.add("sagsvagt.digital-post.serviceplatformen.sender-label", () -> "Testkommune");
		properties.add("sagsvagt.digital-post.serviceplatformen.key-store", CERTIFICATES.client::toString);
		properties.add("sagsvagt.digital-post.serviceplatformen.key-store-password", () -> TestCertificates.PASSWORD);
		properties.add("sagsvagt.digital-post.serviceplatformen.trust-store", CERTIFICATES.sagsvagtTrust::toString);
		properties.add("sagsvagt.digital-post.serviceplatformen.trust-store-password", () -> TestCertificates.PASSWORD);
		properties.add("sagsvagt.digital-post.serviceplatformen.timeout", () -> "2s");
		properties.add("sagsvagt.digital-post.serviceplatformen.beskedfordeler-subject", () -> "CN=Beskedfordeler");
		properties.add("sagsvagt.digital-post.serviceplatformen.client-certificate-header", () -> "ssl-client-cert");
	}

	@org.springframework.boot.test.web.server.LocalServerPort
	int port;

	@AfterAll
	static void stop() {
		PEER.stop();
	}

	@Autowired
	MockMvc mvc;

	@Autowired
	Fixtures fixtures;

	@Autowired
	Decisions decisions;

	@Autowired
	DecisionSending sending;

	@Autowired
	DecisionDispatches dispatches;

	@Autowired
	DigitalPost digitalPost;

	@Autowired
	ServiceplatformenSettings settings;

	@Autowired
	Citizens citizens;

	@Autowired
	AccessPolicy access;

	@Autowired
	Cases cases;

	@Autowired
	dk.sagsvagt.cases.KlePlans kle;

	@Autowired
	JdbcTemplate jdbc;

	@BeforeEach
	void peerAnswersAsServiceplatformen() {
		PEER.resetAll();
		PEER.stubFor(post("/runtime/api/rest/wstrust/v1/issue").willReturn(okJson("""
				{"RequestedSecurityToken": {"Assertion": "PHNhbWw6QXNzZXJ0aW9uPnN5bnRldGlzazwvc2FtbDpBc3NlcnRpb24+"},
				 "Lifetime": {"Created": "12/04/2026 08:00:00", "Expires": "12/04/2026 16:00:00"}}""")));
		PEER.stubFor(post("/service/AccessTokenService_1/token").willReturn(okJson("""
				{"access_token": "adgang-123", "token_type": "Holder-of-key", "expires_in": 3600}""")));
		PEER.stubFor(get(urlPathEqualTo("/service/PostForespoerg_1/digitalpost")).willReturn(okJson("{\"result\": true}")));
		PEER.stubFor(post("/service/KombiPostAfsend_1/kombi").willReturn(aResponse().withStatus(200)
			.withHeader("Content-Type", "application/xml")
			.withBody("<kombi_response><Result>true</Result><TransmissionID>" + UUID.randomUUID()
					+ "</TransmissionID><HovedoplysningerSvarREST><SvarReaktion><Advis><AdvisId>1</AdvisId><AdvisTekst>Received</AdvisTekst>"
					+ "</Advis></SvarReaktion></HovedoplysningerSvarREST></kombi_response>")));
	}

	CurrentUser caseworker() {
		return new CurrentUser("test.a", fixtures.staffId("test.a"), "Anne Testsen", StaffRole.CASEWORKER, fixtures.unitA());
	}

	/** A housing decision on the case, sent by Digital Post with the clock at {@code at}. */
	Decision send(CaseFile c, LocalDateTime at) {
		DecisionDraft draft = new DecisionDraft(DecisionType.GRANT, "Længerevarende botilbud", "SEL_108", "Borgeren har søgt.",
				"Borgeren har betydelig og varigt nedsat funktionsevne.", "Betingelserne i Serviceloven § 108 er opfyldt.", null, false,
				null, null, LocalDate.of(2026, 11, 2), null, null, null, null, null, null, false, null, null, null, null, null, null, null,
				null);
		long id = decisions.create(c.caseNumber(), draft, caseworker()).id();
		Clock clock = Clock.fixed(at.atZone(COPENHAGEN).toInstant(), COPENHAGEN);
		return sendingAt(clock).send(id, DeliveryChannel.DIGITAL_POST, caseworker());
	}

	@Autowired
	org.springframework.context.ApplicationContext context;

	@Autowired
	org.springframework.security.core.userdetails.UserDetailsService users;

	DecisionSending sendingAt(Clock clock) {
		// the application's sending step with another clock: the same collaborators, read from the context
		var factory = context.getAutowireCapableBeanFactory();
		var constructor = DecisionSending.class.getDeclaredConstructors()[0];
		Object[] args = java.util.Arrays.stream(constructor.getParameters())
			.map(p -> p.getType() == Clock.class ? clock
					: p.getType() == org.springframework.context.ApplicationEventPublisher.class ? context
					: p.getType() == org.springframework.beans.factory.ObjectProvider.class ? context.getBeanProvider(DigitalPost.class)
							: factory.getBean(p.getType()))
			.toArray();
		try {
			constructor.setAccessible(true);
			return (DecisionSending) constructor.newInstance(args);
		}
		catch (ReflectiveOperationException e) {
			throw new IllegalStateException(e);
		}
	}

	DecisionDispatches.Dispatch awaitState(CaseFile c, long id, DecisionDispatches.State state) throws InterruptedException {
		long until = System.currentTimeMillis() + 15_000;
		DecisionDispatches.Dispatch d = decisions.in(c, id).dispatches().get(0);
		while (d.state() != state && System.currentTimeMillis() < until) {
			Thread.sleep(50);
			d = decisions.in(c, id).dispatches().get(0);
		}
		return d;
	}

	/**
	 * Sent Friday 20 November 2026 10:00; the receipt says delivered Monday 23 November 09:00: the complaint period
	 * runs from the receipt, to Monday 21 December 2026. The letter reaches the peer as a MeMo 1.2 message with every
	 * element SF1601 requires, with the token, the certificate and the CPR number of the recipient.
	 */
	@Test
	void aDecisionReachesDigitalPostAsAMeMoMessageAndItsReceiptStartsTheComplaintPeriod() throws Exception {
		String cpr = Fixtures.newChildCpr();
		CaseFile c = fixtures.caseOfType(fixtures.unitA(), "test.a", "HOUSING_OFFER", cpr, "Digital Post via SF1601");
		Decision sent = send(c, LocalDateTime.of(2026, 11, 20, 10, 0));
		assertThat(sent.receivedOn()).isNull();
		DecisionDispatches.Dispatch handedOver = awaitState(c, sent.id(), DecisionDispatches.State.HANDED_OVER);
		assertThat(handedOver.state()).isEqualTo(DecisionDispatches.State.HANDED_OVER);
		assertThat(handedOver.attempts()).isEqualTo(1);

		List<LoggedRequest> kombi = PEER.findAll(postRequestedFor(urlPathEqualTo("/service/KombiPostAfsend_1/kombi")));
		assertThat(kombi).hasSize(1);
		assertThat(kombi.get(0).getHeader("Authorization")).isEqualTo("Holder-of-key adgang-123");
		assertThat(kombi.get(0).getHeader("x-TransaktionsId")).matches("[0-9a-f-]{36}");

		String xml = kombi.get(0).getBodyAsString();
		assertThat(xml).contains("<memo:Message").contains("xmlns:memo=\"https://DigitalPost.dk/MeMo-1\"");
		Document request = parse(xml);
		assertThat(request.getDocumentElement().getLocalName()).isEqualTo("kombi_request");
		assertThat(text(request, null, "KombiValgKode")).isEqualTo("Digital Post");
		String memo = "https://DigitalPost.dk/MeMo-1";
		Element message = (Element) request.getElementsByTagNameNS(memo, "Message").item(0);
		assertThat(message.getAttribute("memoVersion")).isEqualTo("1.2");
		assertThat(children(request, memo, "MessageHeader")).containsExactly("messageType", "messageUUID", "messageID", "label",
				"mandatory", "legalNotification", "Sender", "Recipient", "ContentData");
		assertThat(text(request, memo, "messageType")).isEqualTo("DIGITALPOST");
		assertThat(text(request, memo, "messageUUID")).isEqualTo(handedOver.messageId().toString());
		assertThat(text(request, memo, "label")).isEqualTo("Afgørelse: Længerevarende botilbud");
		assertThat(text(request, memo, "legalNotification")).isEqualTo("true");
		assertThat(text(request, memo, "senderID")).isEqualTo("29189846");
		assertThat(children(request, memo, "Sender")).containsExactly("senderID", "idType", "label");
		assertThat(text(request, memo, "recipientID")).isEqualTo(cpr.replace("-", ""));
		assertThat(children(request, memo, "Recipient")).containsExactly("recipientID", "idType");
		assertThat(text(request, memo, "caseID")).isEqualTo(c.caseNumber());
		assertThat(text(request, "http://kle-online.dk/", "subjectKey")).isEqualTo(c.kle());
		assertThat(c.kle()).isEqualTo("27.57.08");
		assertThat(text(request, "http://kle-online.dk/", "version")).isEqualTo("2025-05-01");
		assertThat(children(request, memo, "MessageBody")).containsExactly("createdDateTime", "MainDocument");
		assertThat(Instant.parse(text(request, memo, "createdDateTime"))).isNotNull();
		assertThat(children(request, memo, "File")).containsExactly("encodingFormat", "filename", "language", "content");
		assertThat(text(request, memo, "encodingFormat")).isEqualTo("application/pdf");
		assertThat(text(request, memo, "language")).isEqualTo("da");
		byte[] pdf = Base64.getMimeDecoder().decode(text(request, memo, "content"));
		assertThat(new String(pdf, 0, 5, StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
		// read back with the same JAXB types
		KombiRequest back = Xml.read(xml.getBytes(StandardCharsets.UTF_8), KombiRequest.class);
		assertThat(back.message.header.recipient.recipientID).isEqualTo(cpr.replace("-", ""));
		assertThat(back.message.body.mainDocument.file.content).isEqualTo(pdf);
		// the CPR number sent is in the access log, as the application's own read
		assertThat(jdbc.queryForObject("SELECT count(*) FROM access.access_log WHERE username = 'system' AND case_number = ? AND detail LIKE 'Digital Post: afsendelse%'",
				Integer.class, c.caseNumber())).isOne();

		// Beskedfordeler pushes the receipt; stored once, acknowledged with StatusKode 20
		String beskedId = UUID.randomUUID().toString();
		String receipt = receipt(beskedId, handedOver.messageId(), "Afleveret Digital Post", "2026-11-23T08:00:00Z", null);
		mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post(PostStatusEndpoint.PATH)
			.with(x509(beskedfordeler())).contentType(MediaType.APPLICATION_XML).content(receipt))
			.andExpect(status().isOk()).andExpect(content().string(containsString("<StatusKode>20</StatusKode>")))
			.andExpect(content().string(containsString("ModtagBeskedOutput xmlns:ns2=\"urn:oio:sts:1.0.0\"")))
			.andExpect(content().string(containsString("<StandardRetur xmlns=\"urn:oio:sagdok:3.0.0\">")));
		mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post(PostStatusEndpoint.PATH)
			.with(x509(beskedfordeler())).contentType(MediaType.APPLICATION_XML).content(receipt))
			.andExpect(status().isOk()).andExpect(content().string(containsString("<StatusKode>20</StatusKode>")));
		assertThat(jdbc.queryForObject("SELECT count(*) FROM decisions.receipt WHERE receipt_id = ?", Integer.class, beskedId)).isOne();

		Decision received = decisions.in(c, sent.id());
		assertThat(received.receivedOn()).isEqualTo(LocalDate.of(2026, 11, 23));
		assertThat(received.complaintDeadline()).isEqualTo(LocalDate.of(2026, 12, 21));
		assertThat(jdbc.queryForObject("SELECT due_date FROM deadlines.deadline WHERE case_id = ? AND rule_code = 'COMPLAINT_PERIOD'",
				LocalDate.class, c.id())).isEqualTo(LocalDate.of(2026, 12, 21));
	}

	/** Behind a proxy that verified the client certificate and hands it on escaped in a header (nginx's $ssl_client_escaped_cert). */
	@Test
	void theCertificateAProxyHandsOnIdentifiesBeskedfordeler() throws Exception {
		var http = java.net.http.HttpClient.newHttpClient();
		String receipt = receipt(UUID.randomUUID().toString(), UUID.randomUUID(), "Modtaget Digital Post", "2026-11-23T08:00:00Z", null);
		java.util.function.Function<java.security.cert.X509Certificate, Integer> post = certificate -> {
			try {
				var request = java.net.http.HttpRequest.newBuilder(java.net.URI.create("http://localhost:" + port + PostStatusEndpoint.PATH))
					.header("Content-Type", "application/xml")
					.POST(java.net.http.HttpRequest.BodyPublishers.ofString(receipt));
				if (certificate != null) {
					String pem = "-----BEGIN CERTIFICATE-----\n" + Base64.getMimeEncoder(64, "\n".getBytes()).encodeToString(certificate.getEncoded())
							+ "\n-----END CERTIFICATE-----\n";
					request.header("ssl-client-cert", java.net.URLEncoder.encode(pem, StandardCharsets.UTF_8).replace("+", "%20"));
				}
				return http.send(request.build(), java.net.http.HttpResponse.BodyHandlers.discarding()).statusCode();
			}
			catch (Exception e) {
				throw new IllegalStateException(e);
			}
		};
		assertThat(post.apply(null)).isEqualTo(403);
		assertThat(post.apply(CERTIFICATES.clientCertificate())).isEqualTo(403);
		assertThat(post.apply(beskedfordeler())).isEqualTo(200);
	}

	@Test
	void beskedfordelerMustShowItsCertificateAndAMessageThatCannotBeReadIsRefusedWith40() throws Exception {
		String receipt = receipt(UUID.randomUUID().toString(), UUID.randomUUID(), "Afleveret Digital Post", "2026-11-23T08:00:00Z", null);
		mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post(PostStatusEndpoint.PATH)
			.contentType(MediaType.APPLICATION_XML).content(receipt)).andExpect(status().isForbidden());
		mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post(PostStatusEndpoint.PATH)
			.with(x509(CERTIFICATES.clientCertificate())).contentType(MediaType.APPLICATION_XML).content(receipt))
			.andExpect(status().isForbidden());
		mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post(PostStatusEndpoint.PATH)
			.with(x509(beskedfordeler())).contentType(MediaType.APPLICATION_XML)
			.content("<!DOCTYPE x [<!ENTITY e SYSTEM \"file:///etc/passwd\">]><x>&e;</x>"))
			.andExpect(status().isOk()).andExpect(content().string(containsString("<StatusKode>40</StatusKode>")));
	}

	@Test
	void aDeliveryThatFailedIsShownAndGoesOnTheSendersWorklist() throws Exception {
		CaseFile c = fixtures.caseOfType(fixtures.unitA(), "test.a", "HOUSING_OFFER", Fixtures.newChildCpr(), "Digital Post fejlede");
		Decision sent = send(c, LocalDateTime.of(2026, 11, 20, 10, 0));
		DecisionDispatches.Dispatch handedOver = awaitState(c, sent.id(), DecisionDispatches.State.HANDED_OVER);
		mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post(PostStatusEndpoint.PATH)
			.with(x509(beskedfordeler())).contentType(MediaType.APPLICATION_XML)
			.content(receipt(UUID.randomUUID().toString(), handedOver.messageId(), "Fejlet", "2026-11-20T09:05:00Z",
					"<FejlKode>memo.invalid</FejlKode><FejlTekst>Postkassen findes ikke</FejlTekst>")))
			.andExpect(content().string(containsString("<StatusKode>20</StatusKode>")));
		DecisionDispatches.Dispatch failed = decisions.in(c, sent.id()).dispatches().get(0);
		assertThat(failed.state()).isEqualTo(DecisionDispatches.State.FAILED);
		assertThat(failed.failure()).isEqualTo("memo.invalid: Postkassen findes ikke");
		assertThat(jdbc.queryForObject("SELECT status FROM deadlines.deadline WHERE case_id = ? AND rule_code = 'DECISION_UNDELIVERED'",
				String.class, c.id())).isEqualTo("OPEN");
	}

	@Autowired
	dk.sagsvagt.decisions.internal.DigitalPostRetries retries;

	/** A hand-over refused by the service is kept with its error, and made when the wait is over and the service answers. */
	@Test
	void aRefusedHandOverIsTriedAgainFromTheEventRegistry() throws Exception {
		CaseFile c = fixtures.caseOfType(fixtures.unitA(), "test.a", "HOUSING_OFFER", Fixtures.newChildCpr(), "Digital Post igen");
		PEER.stubFor(post("/service/KombiPostAfsend_1/kombi").willReturn(aResponse().withStatus(503)));
		Decision sent = send(c, LocalDateTime.now(COPENHAGEN));
		long until = System.currentTimeMillis() + 15_000;
		DecisionDispatches.Dispatch letter = decisions.in(c, sent.id()).dispatches().get(0);
		while (letter.attempts() == 0 && System.currentTimeMillis() < until) {
			Thread.sleep(50);
			letter = decisions.in(c, sent.id()).dispatches().get(0);
		}
		assertThat(letter.state()).isEqualTo(DecisionDispatches.State.TO_SEND);
		assertThat(letter.lastError()).contains("KombiPostAfsend afviste brevet (HTTP 503).");
		// not yet: the first wait is a minute
		retries.retryDue(Instant.now());
		Thread.sleep(500);
		assertThat(decisions.in(c, sent.id()).dispatches().get(0).state()).isEqualTo(DecisionDispatches.State.TO_SEND);

		peerAnswersAsServiceplatformen();
		retries.retryDue(Instant.now().plus(Duration.ofMinutes(2)));
		DecisionDispatches.Dispatch handedOver = awaitState(c, sent.id(), DecisionDispatches.State.HANDED_OVER);
		assertThat(handedOver.state()).isEqualTo(DecisionDispatches.State.HANDED_OVER);
		assertThat(handedOver.attempts()).isEqualTo(2);
		assertThat(handedOver.lastError()).isNull();
	}

	@Test
	void aCitizenNotRegisteredForDigitalPostMustHaveTheLetterByPost() throws Exception {
		CaseFile c = fixtures.caseOfType(fixtures.unitA(), "test.a", "HOUSING_OFFER", Fixtures.newChildCpr(), "Ikke tilmeldt");
		long citizen = c.primaryCitizenId();
		PEER.stubFor(get(urlPathEqualTo("/service/PostForespoerg_1/digitalpost")).willReturn(okJson("{\"result\": false}")));
		assertThat(digitalPost.reach(citizen)).isEqualTo(DigitalPost.Reach.NOT_REGISTERED);
		PEER.verify(com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor(urlPathEqualTo("/service/PostForespoerg_1/digitalpost"))
			.withQueryParam("cprNumber", equalTo(citizens.get(citizen).cpr().digits())));
		// the decision page says so before the caseworker chooses how to send
		long draft = decisions.create(c.caseNumber(), DecisionDraft.of(DecisionType.GRANT, "Længerevarende botilbud", "SEL_108"), caseworker()).id();
		String page = mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get("/decisions/{id}", draft)
			.with(org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user(users.loadUserByUsername("test.a"))))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
		assertThat(page).contains("hx-get=\"/decisions/" + draft + "/reach\"");
		String reach = mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get("/decisions/{id}/reach", draft)
			.with(org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user(users.loadUserByUsername("test.a"))))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
		assertThat(reach).contains(citizens.get(citizen).name(), "Ikke tilmeldt eller fritaget: skal have brevet med posten",
				"kan ikke få Digital Post. Vælg brev med posten.");
		assertThatThrownBy(() -> send(c, LocalDateTime.of(2026, 11, 20, 10, 0)))
			.hasMessageContaining("ikke tilmeldt Digital Post (eller er fritaget). Send afgørelsen med brev med posten.");
		PEER.stubFor(get(urlPathEqualTo("/service/PostForespoerg_1/digitalpost")).willReturn(aResponse().withStatus(500)));
		assertThat(digitalPost.reach(citizen)).isEqualTo(DigitalPost.Reach.UNKNOWN);
		assertThat(mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get("/decisions/{id}/reach", draft)
			.with(org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user(users.loadUserByUsername("test.a"))))
			.andReturn().getResponse().getContentAsString()).contains("Kunne ikke tjekkes lige nu");
	}

	@Test
	void aRefusedSlowOrUntrustedHandOverIsAnErrorInDanishAndIsTriedAgain() throws Exception {
		CaseFile c = fixtures.caseOfType(fixtures.unitA(), "test.a", "HOUSING_OFFER", Fixtures.newChildCpr(), "Fejl ved aflevering");
		Path pdf = DIR.resolve("brev.pdf");
		Files.write(pdf, "%PDF-1.7 syntetisk".getBytes(StandardCharsets.US_ASCII));
		DigitalPost.Letter letter = new DigitalPost.Letter(UUID.randomUUID(), c.caseNumber(), c.kle(), c.caseNumber() + "-1", "Afgørelse",
				c.primaryCitizenId(), pdf, Instant.now());

		PEER.stubFor(post("/service/KombiPostAfsend_1/kombi").willReturn(aResponse().withStatus(500)));
		assertThatThrownBy(() -> digitalPost.send(letter)).hasMessage("KombiPostAfsend afviste brevet (HTTP 500).");
		PEER.stubFor(post("/service/KombiPostAfsend_1/kombi").willReturn(aResponse().withStatus(200)
			.withHeader("Content-Type", "application/xml").withBody("<kombi_response><Result>false</Result></kombi_response>")));
		assertThatThrownBy(() -> digitalPost.send(letter)).hasMessage("KombiPostAfsend modtog ikke brevet (Result=false).");
		PEER.stubFor(post("/service/KombiPostAfsend_1/kombi").willReturn(aResponse().withStatus(200).withFixedDelay(3_000)));
		assertThatThrownBy(() -> digitalPost.send(letter)).hasMessage("KombiPostAfsend svarede ikke inden for tidsgrænsen.");

		// a token the service refuses is forgotten: the next call asks the token service again
		PEER.stubFor(post("/service/KombiPostAfsend_1/kombi").willReturn(aResponse().withStatus(401)));
		assertThatThrownBy(() -> digitalPost.send(letter)).hasMessage("KombiPostAfsend afviste brevet (HTTP 401).");
		peerAnswersAsServiceplatformen();
		digitalPost.send(letter);
		assertThat(PEER.findAll(postRequestedFor(urlPathEqualTo("/runtime/api/rest/wstrust/v1/issue")))).hasSize(1);
		// the token is asked for as the municipality, for the service, bound to its certificate
		PEER.verify(postRequestedFor(urlPathEqualTo("/runtime/api/rest/wstrust/v1/issue"))
			.withRequestBody(containing("\"Cvr\":\"29189846\""))
			.withRequestBody(containing("http://entityid.kombit.dk/service/kombipostafsend/1"))
			.withRequestBody(containing("\"UseKey\":\"" + Base64.getEncoder().encodeToString(CERTIFICATES.clientCertificate().getEncoded()))));
		PEER.verify(postRequestedFor(urlPathEqualTo("/service/AccessTokenService_1/token"))
			.withRequestBody(equalTo("saml-token=PHNhbWw6QXNzZXJ0aW9uPnN5bnRldGlzazwvc2FtbDpBc3NlcnRpb24%2B")));

		// a certificate the peer does not trust: the TLS handshake fails, said in Danish
		ServiceplatformenSettings stranger = new ServiceplatformenSettings(settings.baseUrl(), settings.stsUrl(), settings.authorityCvr(),
				settings.senderLabel(), CERTIFICATES.stranger, TestCertificates.PASSWORD, settings.trustStore(), settings.trustStorePassword(),
				Duration.ofSeconds(2), null, "CN=Beskedfordeler");
		DigitalPost untrusted = new ServiceplatformenDigitalPost(stranger, citizens, access, Clock.systemUTC(), kle);
		assertThatThrownBy(() -> untrusted.send(letter)).isInstanceOf(DigitalPostException.class)
			.hasMessageContaining("sikkerhedstokentjenesten (STS)");
	}

	private static java.security.cert.X509Certificate beskedfordeler() throws Exception {
		return CERTIFICATES.beskedfordelerCertificate();
	}

	static String receipt(String beskedId, UUID message, String status, String at, String error) {
		String payload = "<PKO_PostStatus xmlns=\"http://serviceplatformen.dk/xml/print/PKO_PostStatus/1/types\">"
				+ "<TransmissionId>" + UUID.randomUUID() + "</TransmissionId><MessageUUID>" + message + "</MessageUUID>"
				+ "<MessageId>" + UUID.randomUUID() + "</MessageId><KanalKode>Digital Post</KanalKode>"
				+ "<TransaktionsDatoTid>" + at + "</TransaktionsDatoTid><TransaktionsStatusKode>" + status + "</TransaktionsStatusKode>"
				+ (error == null ? "<FejlDetaljer/>" : "<FejlDetaljer>" + error + "</FejlDetaljer>") + "</PKO_PostStatus>";
		return "<ns4:ModtagBeskedInput xmlns=\"urn:oio:sagdok:3.0.0\" xmlns:ns2=\"urn:oio:besked:kuvert:1.0\" xmlns:ns4=\"urn:oio:sts:1.0.0\">"
				+ "<ns2:Haendelsesbesked><ns2:BeskedId><UUIDIdentifikator>" + beskedId + "</UUIDIdentifikator></ns2:BeskedId>"
				+ "<ns2:BeskedVersion>1.0</ns2:BeskedVersion><ns2:Beskedkuvert><ns2:Filtreringsdata><ns2:Beskedtype>"
				+ "<UUIDIdentifikator>d2bed63c-4853-4008-b6e0-a74c15b15fbf</UUIDIdentifikator></ns2:Beskedtype></ns2:Filtreringsdata>"
				+ "</ns2:Beskedkuvert><ns2:Beskeddata><Base64 xmlns=\"urn:besked:kuvert:1.0\" content-type=\"application/xml\" "
				+ "encoding=\"UTF-8\" file-type=\".xml\">" + Base64.getEncoder().encodeToString(payload.getBytes(StandardCharsets.UTF_8))
				+ "</Base64></ns2:Beskeddata></ns2:Haendelsesbesked></ns4:ModtagBeskedInput>";
	}

	private static Document parse(String xml) throws Exception {
		DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
		factory.setNamespaceAware(true);
		return factory.newDocumentBuilder().parse(new java.io.ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)));
	}

	private static String text(Document document, String namespace, String name) {
		var found = namespace == null ? document.getElementsByTagName(name) : document.getElementsByTagNameNS(namespace, name);
		assertThat(found.getLength()).as(name).isPositive();
		return found.item(0).getTextContent();
	}

	private static List<String> children(Document document, String namespace, String name) {
		Element parent = (Element) document.getElementsByTagNameNS(namespace, name).item(0);
		List<String> names = new java.util.ArrayList<>();
		for (var n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
			if (n instanceof Element e) {
				names.add(e.getLocalName());
			}
		}
		return names;
	}
}
