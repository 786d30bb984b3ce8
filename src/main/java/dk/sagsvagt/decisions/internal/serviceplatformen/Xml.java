package dk.sagsvagt.decisions.internal.serviceplatformen;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;

import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamException;

import jakarta.xml.bind.JAXBContext;
import jakarta.xml.bind.JAXBException;
import jakarta.xml.bind.Marshaller;

/**
 * Writes and reads the service's XML with JAXB. Reading refuses DTDs and external entities (a message from outside
 * cannot make the parser fetch or expand anything).
 */
final class Xml {

	private static final JAXBContext CONTEXT;

	static {
		try {
			CONTEXT = JAXBContext.newInstance(KombiRequest.class, KombiResponse.class, PostStatus.class,
					dk.sagsvagt.decisions.internal.memo.MeMo.Message.class);
		}
		catch (JAXBException e) {
			throw new ExceptionInInitializerError(e);
		}
	}

	private static final XMLInputFactory INPUT = XMLInputFactory.newFactory();

	static {
		INPUT.setProperty(XMLInputFactory.SUPPORT_DTD, false);
		INPUT.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
		INPUT.setProperty(XMLInputFactory.IS_NAMESPACE_AWARE, true);
	}

	private Xml() {
	}

	static byte[] write(Object root) {
		try {
			Marshaller marshaller = CONTEXT.createMarshaller();
			marshaller.setProperty(Marshaller.JAXB_ENCODING, "UTF-8");
			ByteArrayOutputStream out = new ByteArrayOutputStream();
			marshaller.marshal(root, out);
			return out.toByteArray();
		}
		catch (JAXBException e) {
			throw new IllegalStateException("Cannot write " + root.getClass().getSimpleName(), e);
		}
	}

	static <T> T read(byte[] xml, Class<T> type) {
		try {
			var reader = INPUT.createXMLStreamReader(new ByteArrayInputStream(xml));
			return CONTEXT.createUnmarshaller().unmarshal(reader, type).getValue();
		}
		catch (JAXBException | XMLStreamException e) {
			throw new IllegalArgumentException("Not a readable " + type.getSimpleName() + ": " + e.getMessage(), e);
		}
	}
}
