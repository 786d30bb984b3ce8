package dk.sagsvagt.citizens.internal;

import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;

import com.github.tomakehurst.wiremock.WireMockServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import dk.sagsvagt.citizens.Cpr;
import dk.sagsvagt.citizens.CprPerson;
import dk.sagsvagt.citizens.CprStatus;
import dk.sagsvagt.citizens.CprUnavailableException;
import dk.sagsvagt.support.TestCertificates;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Issue 20: CPR look-up (SF1520 PersonBaseDataExtended, version 5) against a recorded peer on WireMock's HTTPS port
 * with mutual TLS and self-signed certificates. The answers are built from the published schema with synthetic
 * people: a child with two custody holders, a protected address, a dead person, an unknown number, a fault, a
 * timeout and a certificate the peer does not trust.
 */
class Sf1520CprRegisterTest {

	static final String PATH = "/service/CPR/PersonBaseDataExtended/5";

	static final String NS = "http://serviceplatformen.dk/xml/wsdl/soap11/CPR/PersonBaseDataExtended/5/";

	static Path dir;

	static TestCertificates certificates;

	static WireMockServer peer;

	@BeforeAll
	static void start() throws Exception {
		dir = Files.createTempDirectory("sf1520");
		certificates = new TestCertificates(dir);
		peer = new WireMockServer(options().dynamicPort().dynamicHttpsPort()
			.keystorePath(certificates.server.toString()).keystorePassword(TestCertificates.PASSWORD)
			.keyManagerPassword(TestCertificates.PASSWORD).keystoreType("PKCS12")
			.needClientAuth(true)
			.trustStorePath(certificates.peerTrust.toString()).trustStorePassword(TestCertificates.PASSWORD).trustStoreType("PKCS12"));
		peer.start();
	}

	@AfterAll
	static void stop() {
		peer.stop();
	}

	@BeforeEach
	void reset() {
		peer.resetAll();
	}

	CprSettings settings(Path keyStore) {
		return new CprSettings(URI.create("https://localhost:" + peer.httpsPort() + PATH), "11111111-1111-4111-8111-AAAAAAAAAAAA",
				"22222222-2222-4222-8222-222222222222", "33333333-3333-4333-8333-333333333333", "4925d7a0-1b5b-11ec-bdc6-b312b83236d4",
				"Sagsvagt test", keyStore, TestCertificates.PASSWORD, certificates.sagsvagtTrust, TestCertificates.PASSWORD,
				Duration.ofSeconds(2));
	}

	Sf1520CprRegister register() {
		return new Sf1520CprRegister(settings(certificates.client));
	}

	void answer(String body) {
		peer.stubFor(post(PATH).willReturn(aResponse().withStatus(200).withHeader("Content-Type", "text/xml; charset=utf-8").withBody(body)));
	}

	static String envelope(String body) {
		return "<soap:Envelope xmlns:soap=\"http://schemas.xmlsoap.org/soap/envelope/\"><soap:Body>" + body + "</soap:Body></soap:Envelope>";
	}

	static String fault(String faultString, String code) {
		return envelope("<soap:Fault><faultcode>soap:Server</faultcode><faultstring>" + faultString + "</faultstring><detail>"
				+ "<ns2:ServiceplatformFault xmlns:ns2=\"http://serviceplatformen.dk/xml/schemas/ServiceplatformFault/1/\"><ns2:ErrorList>"
				+ "<ns2:Error><ns2:ErrorCode>" + code + "</ns2:ErrorCode><ns2:ErrorText>" + faultString + "</ns2:ErrorText></ns2:Error>"
				+ "</ns2:ErrorList></ns2:ServiceplatformFault></detail></soap:Fault>");
	}

	/** A child of 9 (synthetic number) at Syntesevej 004, 2. tv, with custody held by both parents. */
	@Test
	void aChildWithTwoCustodyHolders() {
		Cpr child = Cpr.parse("0103174005");
		answer(envelope("<ns:PersonLookupResponse xmlns:ns=\"" + NS + "\"><ns:persondata><ns:personnummer>0103174005</ns:personnummer>"
				+ "<ns:navn><ns:personadresseringsnavn>Syntetisk,Liva Marie</ns:personadresseringsnavn><ns:fornavn>Liva</ns:fornavn>"
				+ "<ns:mellemnavn>Marie</ns:mellemnavn><ns:efternavn>Syntetisk</ns:efternavn></ns:navn>"
				+ "<ns:foedselsdato><ns:dato>2017-03-01+01:00</ns:dato></ns:foedselsdato><ns:koen>K</ns:koen><ns:antalBoernUnder18>0</ns:antalBoernUnder18>"
				+ "<ns:DeltBopælMarkering>false</ns:DeltBopælMarkering>"
				+ "<ns:status><ns:status>1</ns:status></ns:status><ns:tilmeldtDigitalpost>false</ns:tilmeldtDigitalpost></ns:persondata>"
				+ "<ns:adresse><ns:aktuelAdresse><ns:kommunekode>101</ns:kommunekode><ns:husnummer>004</ns:husnummer><ns:etage>02</ns:etage>"
				+ "<ns:sidedoer>tv</ns:sidedoer><ns:postnummer>2300</ns:postnummer><ns:postdistrikt>København S</ns:postdistrikt>"
				+ "<ns:vejnavn>Syntesevej</ns:vejnavn></ns:aktuelAdresse></ns:adresse>"
				+ "<ns:relationer><ns:mor><ns:personnummer>1207854002</ns:personnummer></ns:mor><ns:far><ns:personnummer>0304813007</ns:personnummer></ns:far>"
				+ "<ns:foraeldremyndighed><ns:foraeldremyndighedtype>3</ns:foraeldremyndighedtype></ns:foraeldremyndighed>"
				+ "<ns:foraeldremyndighed><ns:foraeldremyndighedtype>4</ns:foraeldremyndighedtype></ns:foraeldremyndighed></ns:relationer>"
				+ "</ns:PersonLookupResponse>"));

		CprPerson person = register().lookup(child).orElseThrow();

		assertThat(person.name()).isEqualTo("Liva Marie Syntetisk");
		assertThat(person.address()).isEqualTo("Syntesevej 4, 2. tv, 2300 København S");
		assertThat(person.status()).isEqualTo(CprStatus.ACTIVE);
		assertThat(person.addressProtected()).isFalse();
		assertThat(person.digitalPost()).isFalse();
		assertThat(person.custodyHolders()).containsExactly(Cpr.parse("1207854002"), Cpr.parse("0304813007"));
		// the request: SOAP 1.1 with the SOAPAction, the invocation context in lower case, the number without a dash
		peer.verify(postRequestedFor(urlEqualTo(PATH))
			.withHeader("SOAPAction", containing(NS + "PersonLookup"))
			.withRequestBody(containing("<ServiceAgreementUUID>11111111-1111-4111-8111-aaaaaaaaaaaa</ServiceAgreementUUID>").or(
					containing(":ServiceAgreementUUID>11111111-1111-4111-8111-aaaaaaaaaaaa<")))
			.withRequestBody(containing("0103174005</"))
			.withRequestBody(containing("http://serviceplatformen.dk/xml/schemas/cpr/PNR/1/"))
			.withRequestBody(containing("http://serviceplatformen.dk/xml/schemas/InvocationContext/1/")));
	}

	@Test
	void aProtectedAddressADeadPersonAndAnEndedProtection() {
		answer(envelope("<ns:PersonLookupResponse xmlns:ns=\"" + NS + "\"><ns:persondata><ns:navn><ns:personadresseringsnavn>Skjult,Sofie"
				+ "</ns:personadresseringsnavn></ns:navn><ns:antalBoernUnder18>1</ns:antalBoernUnder18><ns:status><ns:status>1</ns:status></ns:status>"
				+ "<ns:adressebeskyttelse><ns:startdato>2020-05-01+02:00</ns:startdato><ns:beskyttet>true</ns:beskyttet></ns:adressebeskyttelse>"
				+ "<ns:tilmeldtDigitalpost>true</ns:tilmeldtDigitalpost></ns:persondata></ns:PersonLookupResponse>"));
		CprPerson hidden = register().lookup(Cpr.parse("1506894011")).orElseThrow();
		assertThat(hidden.name()).isEqualTo("Sofie Skjult");
		assertThat(hidden.addressProtected()).isTrue();
		assertThat(hidden.digitalPost()).isTrue();
		assertThat(hidden.address()).isNull();

		answer(envelope("<ns:PersonLookupResponse xmlns:ns=\"" + NS + "\"><ns:persondata><ns:navn><ns:personadresseringsnavn>Afdød,Aage"
				+ "</ns:personadresseringsnavn></ns:navn><ns:antalBoernUnder18>0</ns:antalBoernUnder18><ns:status><ns:status>90</ns:status>"
				+ "<ns:statusdato><ns:dato>2025-02-03T00:00:00.000+01:00</ns:dato></ns:statusdato></ns:status>"
				+ "<ns:adressebeskyttelse><ns:slutdato>2021-01-01+01:00</ns:slutdato><ns:beskyttet>true</ns:beskyttet></ns:adressebeskyttelse>"
				+ "</ns:persondata></ns:PersonLookupResponse>"));
		CprPerson dead = register().lookup(Cpr.parse("0909401003")).orElseThrow();
		assertThat(dead.status()).isEqualTo(CprStatus.DEAD);
		assertThat(dead.status().danish()).isEqualTo("Død");
		assertThat(dead.addressProtected()).as("protection ended 1 January 2021").isFalse();
	}

	@Test
	void anUnknownNumberIsEmptyAndAnyOtherFaultIsUnavailableInDanish() {
		peer.stubFor(post(PATH).willReturn(aResponse().withStatus(500).withHeader("Content-Type", "text/xml; charset=utf-8")
			.withBody(fault("PNR not found", "100"))));
		assertThat(register().lookup(Cpr.parse("0101901000"))).isEqualTo(Optional.empty());

		peer.stubFor(post(PATH).willReturn(aResponse().withStatus(500).withHeader("Content-Type", "text/xml; charset=utf-8")
			.withBody(fault("Service agreement not valid", "SP1003"))));
		assertThatThrownBy(() -> register().lookup(Cpr.parse("0101901000"))).isInstanceOf(CprUnavailableException.class)
			.hasMessage("CPR-registret afviste opslaget (fejlkode SP1003).");

		peer.stubFor(post(PATH).willReturn(aResponse().withStatus(503)));
		assertThatThrownBy(() -> register().lookup(Cpr.parse("0101901000"))).isInstanceOf(CprUnavailableException.class)
			.hasMessageStartingWith("CPR-registret svarede ikke som ventet");
	}

	@Test
	void aSlowAnswerOrACertificateThePeerDoesNotTrustIsUnavailableInDanish() {
		peer.stubFor(post(PATH).willReturn(aResponse().withStatus(200).withFixedDelay(3_000)));
		assertThatThrownBy(() -> register().lookup(Cpr.parse("0101901000"))).isInstanceOf(CprUnavailableException.class)
			.hasMessage("CPR-registret svarede ikke inden for tidsgrænsen.");

		Sf1520CprRegister stranger = new Sf1520CprRegister(settings(certificates.stranger));
		assertThatThrownBy(() -> stranger.lookup(Cpr.parse("0101901000"))).isInstanceOf(CprUnavailableException.class)
			.hasMessageMatching("TLS-forbindelsen til CPR-registret kunne ikke oprettes \\(certifikat\\)\\.|CPR-registret kunne ikke nås\\.");
		assertThat(peer.findAll(postRequestedFor(urlEqualTo(PATH)).withHeader("SOAPAction", equalTo("x")))).isEmpty();
	}
}
