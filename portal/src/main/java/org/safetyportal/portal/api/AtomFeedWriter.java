package org.safetyportal.portal.api;

import java.io.StringWriter;
import java.time.Instant;
import java.util.List;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import org.safetyportal.content.ledger.PublicationLedger;

/** Writes an Atom 1.0 feed (RFC 4287); the XML writer does all escaping. */
final class AtomFeedWriter {

    private static final String ATOM = "http://www.w3.org/2005/Atom";

    record Entry(String id, String title, String link, Instant updated, String summary) {
    }

    private AtomFeedWriter() {
    }

    /** {@code ledgerLink}: the ledger's verification since the head as the feed was made ({@code rel="related"}). */
    static String write(String id, String title, String selfLink, String alternateLink, String language,
            Instant updated, String ledgerLink, List<Entry> entries) {
        StringWriter out = new StringWriter();
        try {
            XMLStreamWriter xml = XMLOutputFactory.newInstance().createXMLStreamWriter(out);
            xml.writeStartDocument("UTF-8", "1.0");
            xml.writeStartElement("feed");
            xml.writeDefaultNamespace(ATOM);
            xml.writeAttribute("xml:lang", language);
            element(xml, "id", id);
            element(xml, "title", title);
            element(xml, "updated", updated.toString());
            link(xml, "self", selfLink);
            link(xml, "alternate", alternateLink);
            link(xml, "related", ledgerLink);
            xml.writeStartElement("author");
            element(xml, "name", title);
            xml.writeEndElement();
            for (Entry entry : entries) {
                xml.writeStartElement("entry");
                element(xml, "id", entry.id());
                element(xml, "title", entry.title());
                element(xml, "updated", entry.updated().toString());
                link(xml, "alternate", entry.link());
                element(xml, "summary", entry.summary());
                xml.writeEndElement();
            }
            xml.writeEndElement();
            xml.writeEndDocument();
            xml.close();
        } catch (XMLStreamException e) {
            throw new IllegalStateException("Cannot write the feed", e);
        }
        return out.toString();
    }

    private static void element(XMLStreamWriter xml, String name, String text) throws XMLStreamException {
        xml.writeStartElement(name);
        xml.writeCharacters(text);
        xml.writeEndElement();
    }

    private static void link(XMLStreamWriter xml, String rel, String href) throws XMLStreamException {
        xml.writeEmptyElement("link");
        xml.writeAttribute("rel", rel);
        xml.writeAttribute("href", href);
    }
}
