package org.broadsheet.web.feed;

import java.io.StringWriter;
import java.time.Instant;
import java.time.format.DateTimeFormatter;

import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

import org.broadsheet.content.ArticleCatalog;
import org.broadsheet.content.ArticleSummary;
import org.broadsheet.content.CatalogRef;
import org.broadsheet.web.support.SiteProperties;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/** {@code /sitemap.xml}: the home page, every section page and every published article with its lastmod. */
@Controller
class Sitemap {

    private static final String NAMESPACE = "http://www.sitemaps.org/schemas/sitemap/0.9";

    private final ArticleCatalog catalog;
    private final SiteProperties site;

    Sitemap(ArticleCatalog catalog, SiteProperties site) {
        this.catalog = catalog;
        this.site = site;
    }

    @GetMapping("/sitemap.xml")
    ResponseEntity<String> sitemap() throws XMLStreamException {
        StringWriter out = new StringWriter();
        XMLStreamWriter xml = XMLOutputFactory.newFactory().createXMLStreamWriter(out);
        xml.writeStartDocument("UTF-8", "1.0");
        xml.writeStartElement("urlset");
        xml.writeDefaultNamespace(NAMESPACE);
        url(xml, site.absolute("/"), null);
        for (CatalogRef section : catalog.sections()) {
            url(xml, site.absolute("/section/" + section.key()), null);
        }
        for (ArticleSummary article : catalog.allForSitemap()) {
            Instant modified = article.updatedAt() != null ? article.updatedAt() : article.publishedAt();
            url(xml, site.absolute("/article/" + article.slug()), modified);
        }
        xml.writeEndElement();
        xml.writeEndDocument();
        xml.close();
        return ResponseEntity.ok().contentType(MediaType.parseMediaType("application/xml;charset=UTF-8")).body(out.toString());
    }

    private static void url(XMLStreamWriter xml, String location, Instant lastModified) throws XMLStreamException {
        xml.writeStartElement("url");
        xml.writeStartElement("loc");
        xml.writeCharacters(location);
        xml.writeEndElement();
        if (lastModified != null) {
            xml.writeStartElement("lastmod");
            xml.writeCharacters(DateTimeFormatter.ISO_INSTANT.format(lastModified));
            xml.writeEndElement();
        }
        xml.writeEndElement();
    }
}
