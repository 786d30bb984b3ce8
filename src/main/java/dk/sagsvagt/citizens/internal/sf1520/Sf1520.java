package dk.sagsvagt.citizens.internal.sf1520;

import java.util.ArrayList;
import java.util.List;

import jakarta.xml.bind.annotation.XmlAccessType;
import jakarta.xml.bind.annotation.XmlAccessorType;
import jakarta.xml.bind.annotation.XmlElement;
import jakarta.xml.bind.annotation.XmlRootElement;
import jakarta.xml.bind.annotation.XmlType;

/** The SF1520 version 5 request and the parts of its answer Sagsvagt reads. */
public final class Sf1520 {

	public static final String NAMESPACE = "http://serviceplatformen.dk/xml/wsdl/soap11/CPR/PersonBaseDataExtended/5/";

	public static final String SOAP_ACTION = NAMESPACE + "PersonLookup";

	static final String INVOCATION = "http://serviceplatformen.dk/xml/schemas/InvocationContext/1/";

	static final String PNR = "http://serviceplatformen.dk/xml/schemas/cpr/PNR/1/";

	private Sf1520() {
	}

	@XmlRootElement(name = "PersonLookupRequest")
	@XmlAccessorType(XmlAccessType.FIELD)
	@XmlType(name = "", propOrder = { "invocationContext", "pnr" })
	public static class Request {

		@XmlElement(name = "InvocationContext", namespace = INVOCATION)
		public InvocationContext invocationContext;

		/** Ten digits, no dash. */
		@XmlElement(name = "PNR", namespace = PNR, required = true)
		public String pnr;
	}

	/** Who calls, by the service agreement (UUIDs lower-case). The schema's order, though it is an xsd:all. */
	@XmlAccessorType(XmlAccessType.FIELD)
	@XmlType(name = "InvocationContextType", namespace = INVOCATION, propOrder = { "serviceAgreementUuid", "userSystemUuid", "userUuid",
			"onBehalfOfUser", "serviceUuid", "accountingInfo" })
	public static class InvocationContext {

		@XmlElement(name = "ServiceAgreementUUID", namespace = INVOCATION, required = true)
		public String serviceAgreementUuid;

		@XmlElement(name = "UserSystemUUID", namespace = INVOCATION, required = true)
		public String userSystemUuid;

		@XmlElement(name = "UserUUID", namespace = INVOCATION, required = true)
		public String userUuid;

		@XmlElement(name = "OnBehalfOfUser", namespace = INVOCATION)
		public String onBehalfOfUser;

		@XmlElement(name = "ServiceUUID", namespace = INVOCATION, required = true)
		public String serviceUuid;

		@XmlElement(name = "AccountingInfo", namespace = INVOCATION)
		public String accountingInfo;
	}

	@XmlRootElement(name = "PersonLookupResponse")
	@XmlAccessorType(XmlAccessType.FIELD)
	public static class Response {

		public Persondata persondata;

		public Adressedata adresse;

		public Relationer relationer;
	}

	@XmlAccessorType(XmlAccessType.FIELD)
	public static class Persondata {

		public String personnummer;

		public Navn navn;

		public Status status;

		public Beskyttelse adressebeskyttelse;

		public Boolean tilmeldtDigitalpost;
	}

	@XmlAccessorType(XmlAccessType.FIELD)
	public static class Navn {

		public String personadresseringsnavn;

		public String fornavn;

		public String mellemnavn;

		public String efternavn;
	}

	@XmlAccessorType(XmlAccessType.FIELD)
	public static class Status {

		public Integer status;
	}

	@XmlAccessorType(XmlAccessType.FIELD)
	public static class Beskyttelse {

		/** xsd:date, possibly with an offset (2024-01-01+01:00). */
		public String startdato;

		public String slutdato;

		public Boolean beskyttet;
	}

	@XmlAccessorType(XmlAccessType.FIELD)
	public static class Adressedata {

		public Adresse aktuelAdresse;
	}

	@XmlAccessorType(XmlAccessType.FIELD)
	public static class Adresse {

		public String conavn;

		public String husnummer;

		public String etage;

		public String sidedoer;

		public String postnummer;

		public String postdistrikt;

		public String vejnavn;

		public String vejadresseringsnavn;
	}

	@XmlAccessorType(XmlAccessType.FIELD)
	public static class Relationer {

		public List<Barn> barn = new ArrayList<>();

		public PersonRelation mor;

		public PersonRelation far;

		public List<Foraeldremyndighed> foraeldremyndighed = new ArrayList<>();
	}

	@XmlAccessorType(XmlAccessType.FIELD)
	public static class Barn {

		public String personnummer;
	}

	@XmlAccessorType(XmlAccessType.FIELD)
	public static class PersonRelation {

		public String personnummer;
	}

	/** 3: the mother, 4: the father, 5 and 6: another holder ({@code relationPersonnummer}). */
	@XmlAccessorType(XmlAccessType.FIELD)
	public static class Foraeldremyndighed {

		public Integer foraeldremyndighedtype;

		public String foraeldremyndighedSletdato;

		public String relationPersonnummer;
	}
}
