package dk.sagsvagt.citizens.internal;

import java.net.http.HttpClient;
import java.net.http.HttpTimeoutException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;

import javax.net.ssl.SSLException;
import javax.xml.transform.dom.DOMResult;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import dk.sagsvagt.citizens.Cpr;
import dk.sagsvagt.citizens.CprPerson;
import dk.sagsvagt.citizens.CprRegister;
import dk.sagsvagt.citizens.CprStatus;
import dk.sagsvagt.citizens.CprUnavailableException;
import dk.sagsvagt.citizens.internal.sf1520.Sf1520;
import dk.sagsvagt.shared.ClientTls;

import org.springframework.oxm.jaxb.Jaxb2Marshaller;
import org.springframework.ws.client.WebServiceIOException;
import org.springframework.ws.client.WebServiceTransportException;
import org.springframework.ws.client.core.WebServiceTemplate;
import org.springframework.ws.soap.SoapFaultDetailElement;
import org.springframework.ws.soap.client.SoapFaultClientException;
import org.springframework.ws.soap.client.core.SoapActionCallback;
import org.springframework.ws.transport.http.JdkHttpClientMessageSender;

/**
 * CPR look-up through Serviceplatformen's SF1520 PersonBaseDataExtended, version 5 (sagsvagt.cpr.mode=
 * serviceplatformen): SOAP 1.1 {@code PersonLookup} with Spring Web Services and JAXB, the invocation context in the
 * body, over mutual TLS with the municipality's certificate. A number CPR does not know ("PNR not found" in the
 * ServiceplatformFault) is empty; any other fault, a timeout or a TLS error is {@link CprUnavailableException}.
 * No CPR number is logged.
 */
class Sf1520CprRegister implements CprRegister {

	private static final Logger log = LoggerFactory.getLogger(Sf1520CprRegister.class);

	private static final String FAULT = "http://serviceplatformen.dk/xml/schemas/ServiceplatformFault/1/";

	private final CprSettings settings;

	private final WebServiceTemplate template;

	Sf1520CprRegister(CprSettings settings) {
		this.settings = settings;
		HttpClient http = HttpClient.newBuilder()
			.sslContext(ClientTls.context(settings.keyStore(), settings.keyStorePassword(), settings.trustStore(), settings.trustStorePassword()))
			.version(HttpClient.Version.HTTP_1_1)
			.connectTimeout(settings.timeout())
			.build();
		JdkHttpClientMessageSender sender = new JdkHttpClientMessageSender(http);
		sender.setRequestTimeout(settings.timeout());
		Jaxb2Marshaller marshaller = new Jaxb2Marshaller();
		marshaller.setClassesToBeBound(Sf1520.Request.class, Sf1520.Response.class);
		try {
			marshaller.afterPropertiesSet();
		}
		catch (Exception e) {
			throw new IllegalStateException(e);
		}
		this.template = new WebServiceTemplate(marshaller);
		template.setMessageSender(sender);
		template.setDefaultUri(settings.url().toString());
	}

	@Override
	public Optional<CprPerson> lookup(Cpr cpr) {
		Sf1520.Request request = new Sf1520.Request();
		request.invocationContext = new Sf1520.InvocationContext();
		request.invocationContext.serviceAgreementUuid = settings.serviceAgreementUuid();
		request.invocationContext.userSystemUuid = settings.userSystemUuid();
		request.invocationContext.userUuid = settings.userUuid();
		request.invocationContext.serviceUuid = settings.serviceUuid();
		request.invocationContext.accountingInfo = settings.accountingInfo();
		request.pnr = cpr.digits();
		Object answer;
		try {
			answer = template.marshalSendAndReceive(request, new SoapActionCallback(Sf1520.SOAP_ACTION));
		}
		catch (SoapFaultClientException e) {
			String code = errorCode(e);
			String text = (e.getFaultStringOrReason() == null ? "" : e.getFaultStringOrReason()) + " " + errorText(e);
			if (text.toLowerCase(java.util.Locale.ROOT).contains("pnr not found")) {
				return Optional.empty();
			}
			log.warn("CPR look-up refused: fault code {}", code);
			throw new CprUnavailableException("CPR-registret afviste opslaget" + (code.isEmpty() ? "" : " (fejlkode " + code + ")") + ".", e);
		}
		catch (WebServiceTransportException e) {
			// an HTTP error without a SOAP fault
			throw new CprUnavailableException("CPR-registret svarede ikke som ventet: " + e.getMessage() + ".", e);
		}
		catch (WebServiceIOException e) {
			throw new CprUnavailableException(cause(e), e);
		}
		if (!(answer instanceof Sf1520.Response response) || response.persondata == null) {
			return Optional.empty();
		}
		return Optional.of(person(cpr, response, LocalDate.now(dk.sagsvagt.shared.WorkingDayCalendar.COPENHAGEN)));
	}

	private static String cause(Throwable e) {
		for (Throwable t = e; t != null; t = t.getCause()) {
			if (t instanceof HttpTimeoutException) {
				return "CPR-registret svarede ikke inden for tidsgrænsen.";
			}
			if (t instanceof SSLException) {
				return "TLS-forbindelsen til CPR-registret kunne ikke oprettes (certifikat).";
			}
		}
		return "CPR-registret kunne ikke nås.";
	}

	/** The answer as Sagsvagt keeps it. */
	static CprPerson person(Cpr cpr, Sf1520.Response r, LocalDate today) {
		Sf1520.Persondata p = r.persondata;
		CprStatus status = p.status == null || p.status.status == null ? CprStatus.ACTIVE : CprStatus.of(p.status.status);
		boolean protectedAddress = p.adressebeskyttelse != null && Boolean.TRUE.equals(p.adressebeskyttelse.beskyttet)
				&& (p.adressebeskyttelse.slutdato == null || !date(p.adressebeskyttelse.slutdato).isBefore(today));
		Cpr mother = r.relationer == null || r.relationer.mor == null ? null : parse(r.relationer.mor.personnummer);
		Cpr father = r.relationer == null || r.relationer.far == null ? null : parse(r.relationer.far.personnummer);
		List<Cpr> children = new ArrayList<>();
		List<Cpr> custody = new ArrayList<>();
		if (r.relationer != null) {
			r.relationer.barn.forEach(b -> add(children, parse(b.personnummer)));
			for (Sf1520.Foraeldremyndighed f : r.relationer.foraeldremyndighed) {
				if (f.foraeldremyndighedtype == null || f.foraeldremyndighedSletdato != null && date(f.foraeldremyndighedSletdato).isBefore(today)) {
					continue;
				}
				add(custody, switch (f.foraeldremyndighedtype) {
					case 3 -> mother;
					case 4 -> father;
					default -> parse(f.relationPersonnummer);
				});
			}
		}
		return new CprPerson(cpr, name(p.navn), address(r.adresse == null ? null : r.adresse.aktuelAdresse), status, protectedAddress,
				Boolean.TRUE.equals(p.tilmeldtDigitalpost), mother, father, children, custody);
	}

	private static void add(List<Cpr> to, Cpr cpr) {
		if (cpr != null && !to.contains(cpr)) {
			to.add(cpr);
		}
	}

	/** "Fornavn Mellemnavn Efternavn"; from the addressing name ("Efternavn,Fornavn Mellemnavn") when those are absent. */
	static String name(Sf1520.Navn n) {
		if (n == null) {
			return null;
		}
		String joined = String.join(" ", java.util.stream.Stream.of(n.fornavn, n.mellemnavn, n.efternavn)
			.filter(s -> s != null && !s.isBlank()).map(String::strip).toList());
		if (!joined.isBlank()) {
			return joined;
		}
		String addressing = n.personadresseringsnavn == null ? "" : n.personadresseringsnavn.strip();
		int comma = addressing.indexOf(',');
		return comma < 0 ? addressing : (addressing.substring(comma + 1).strip() + " " + addressing.substring(0, comma).strip()).strip();
	}

	/** "Testvej 4, 2. tv, 8000 Aarhus C" (house number and door without CPR's leading zeros). */
	static String address(Sf1520.Adresse a) {
		if (a == null || (a.vejnavn == null && a.vejadresseringsnavn == null)) {
			return null;
		}
		StringBuilder line = new StringBuilder(a.vejnavn != null ? a.vejnavn.strip() : a.vejadresseringsnavn.strip());
		if (a.husnummer != null && !a.husnummer.isBlank()) {
			line.append(' ').append(a.husnummer.strip().replaceFirst("^0+(?=.)", ""));
		}
		if (a.etage != null && !a.etage.isBlank()) {
			line.append(", ").append(a.etage.strip().replaceFirst("^0+(?=.)", "")).append('.');
			if (a.sidedoer != null && !a.sidedoer.isBlank()) {
				line.append(' ').append(a.sidedoer.strip().replaceFirst("^0+(?=.)", ""));
			}
		}
		if (a.postnummer != null) {
			line.append(", ").append(a.postnummer.strip()).append(a.postdistrikt == null ? "" : " " + a.postdistrikt.strip());
		}
		return (a.conavn == null || a.conavn.isBlank() ? "" : "c/o " + a.conavn.strip() + ", ") + line;
	}

	private static Cpr parse(String digits) {
		if (digits == null || digits.isBlank()) {
			return null;
		}
		try {
			return Cpr.parse(digits.strip());
		}
		catch (RuntimeException e) {
			return null;
		}
	}

	/** xsd:date, with or without an offset. */
	private static LocalDate date(String value) {
		return LocalDate.parse(value.strip().substring(0, 10));
	}

	private static String errorCode(SoapFaultClientException e) {
		return faultElement(e, "ErrorCode");
	}

	private static String errorText(SoapFaultClientException e) {
		return faultElement(e, "ErrorText");
	}

	private static String faultElement(SoapFaultClientException e, String name) {
		if (e.getSoapFault() == null || e.getSoapFault().getFaultDetail() == null) {
			return "";
		}
		Iterator<SoapFaultDetailElement> entries = e.getSoapFault().getFaultDetail().getDetailEntries();
		while (entries.hasNext()) {
			try {
				DOMResult dom = new DOMResult();
				javax.xml.transform.TransformerFactory.newInstance().newTransformer().transform(entries.next().getSource(), dom);
				var found = ((org.w3c.dom.Node) dom.getNode()).getOwnerDocument() == null
						? ((org.w3c.dom.Document) dom.getNode()).getElementsByTagNameNS(FAULT, name)
						: dom.getNode().getOwnerDocument().getElementsByTagNameNS(FAULT, name);
				if (found.getLength() > 0) {
					return found.item(0).getTextContent().strip();
				}
			}
			catch (javax.xml.transform.TransformerException ignored) {
				// an unreadable detail: the fault string still says what happened
			}
		}
		return "";
	}
}
