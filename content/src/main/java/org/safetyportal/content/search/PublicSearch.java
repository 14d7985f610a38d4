package org.safetyportal.content.search;

import jakarta.inject.Singleton;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.cn.smart.SmartChineseAnalyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.queryparser.classic.MultiFieldQueryParser;
import org.apache.lucene.queryparser.classic.ParseException;
import org.apache.lucene.queryparser.classic.QueryParser;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.highlight.Highlighter;
import org.apache.lucene.search.highlight.InvalidTokenOffsetsException;
import org.apache.lucene.search.highlight.QueryScorer;
import org.apache.lucene.search.highlight.SimpleHTMLEncoder;
import org.apache.lucene.search.highlight.SimpleHTMLFormatter;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.store.Directory;
import org.safetyportal.content.ValidationException;
import org.safetyportal.content.ledger.PublicationLedger;
import org.safetyportal.content.lists.ListCatalogue;
import org.safetyportal.content.lists.ListItem;
import org.safetyportal.content.lists.ListVersion;
import org.safetyportal.content.organization.Department;
import org.safetyportal.content.organization.OrganizationDirectory;
import org.safetyportal.content.organization.Sector;

/**
 * One search over everything the portal publishes, with a real Chinese analyzer (Lucene smartcn:
 * 危险化学品 finds 危险化学品安全监管, not only exact substrings). The index lives in memory and is
 * rebuilt whenever the publication ledger has grown, so it never lags behind what is published.
 */
@Singleton
public class PublicSearch {

    public static final int MAX_QUERY_LENGTH = 100;
    public static final int MAX_HITS = 100;

    private static final String VERSION_ID = "versionId";
    private static final String CODE = "code";
    private static final String TITLE = "title";
    private static final String BODY = "body";
    private static final String DEPARTMENT = "department";
    private static final String[] SEARCHED = {TITLE, BODY, DEPARTMENT, CODE};
    private static final Map<String, Float> BOOSTS = Map.of(TITLE, 3f, CODE, 2f, DEPARTMENT, 1.5f, BODY, 1f);

    private final ListCatalogue catalogue;
    private final PublicationLedger ledger;
    private final OrganizationDirectory organization;
    private final Analyzer analyzer = new SmartChineseAnalyzer();
    private Index index;

    PublicSearch(ListCatalogue catalogue, PublicationLedger ledger, OrganizationDirectory organization) {
        this.catalogue = catalogue;
        this.ledger = ledger;
        this.organization = organization;
    }

    private record Index(long ledgerSize, Directory directory, Map<Integer, ListVersion> versions) {
    }

    public SearchResults search(String text) {
        String query = text == null ? "" : text.strip();
        if (query.isEmpty()) {
            throw new ValidationException("search.query.empty");
        }
        if (query.length() > MAX_QUERY_LENGTH) {
            throw new ValidationException("search.query.tooLong", MAX_QUERY_LENGTH);
        }
        Index current = currentIndex();
        try (DirectoryReader reader = DirectoryReader.open(current.directory())) {
            IndexSearcher searcher = new IndexSearcher(reader);
            Query parsed = parse(query);
            TopDocs top = searcher.search(parsed, MAX_HITS);
            Highlighter highlighter = new Highlighter(new SimpleHTMLFormatter("<mark>", "</mark>"),
                    new SimpleHTMLEncoder(), new QueryScorer(parsed));
            List<SearchHit> hits = new ArrayList<>();
            for (ScoreDoc scoreDoc : top.scoreDocs) {
                Document doc = searcher.storedFields().document(scoreDoc.doc);
                ListVersion version = current.versions().get(doc.getField(VERSION_ID).numericValue().intValue());
                hits.add(new SearchHit(version.id(), version.department(), version.type(), doc.get(CODE),
                        highlight(highlighter, TITLE, doc.get(TITLE)), highlight(highlighter, BODY, doc.get(BODY))));
            }
            return new SearchResults(query, top.totalHits.value, hits);
        } catch (IOException e) {
            throw new UncheckedIOException("The search index cannot be read", e);
        }
    }

    private Query parse(String query) {
        MultiFieldQueryParser parser = new MultiFieldQueryParser(SEARCHED, analyzer, BOOSTS);
        parser.setDefaultOperator(QueryParser.Operator.AND);
        // Words typed together stay together: 危险化学品 as a phrase, not 危险 or 化学品 anywhere.
        parser.setSplitOnWhitespace(true);
        parser.setAutoGeneratePhraseQueries(true);
        try {
            // Visitors type words, not query syntax: every character is taken literally, and lower
            // case keeps AND, OR and NOT from being read as operators (the analyzer folds case anyway).
            return parser.parse(QueryParser.escape(query.toLowerCase(Locale.ROOT)));
        } catch (ParseException e) {
            throw new ValidationException("search.query.invalid");
        }
    }

    private String highlight(Highlighter highlighter, String field, String text) {
        if (text == null || text.isEmpty()) {
            return "";
        }
        try {
            String best = highlighter.getBestFragments(analyzer.tokenStream(field, text), text, 2, " … ");
            return best == null || best.isEmpty() ? new SimpleHTMLEncoder().encodeText(text) : best;
        } catch (IOException | InvalidTokenOffsetsException e) {
            return new SimpleHTMLEncoder().encodeText(text);
        }
    }

    private synchronized Index currentIndex() {
        long size = ledger.size();
        if (index == null || index.ledgerSize() != size) {
            index = build(size);
        }
        return index;
    }

    private Index build(long ledgerSize) {
        Map<String, String> sectorNames = organization.sectors().stream()
                .collect(Collectors.toMap(Sector::code, s -> s.name().zh() + " " + s.name().en()));
        Directory directory = new ByteBuffersDirectory();
        Map<Integer, ListVersion> versions = new HashMap<>();
        try (IndexWriter writer = new IndexWriter(directory, new IndexWriterConfig(analyzer))) {
            for (ListVersion version : catalogue.current()) {
                versions.put(version.id(), version);
                for (ListItem item : catalogue.items(version)) {
                    writer.addDocument(document(version, item, sectorNames));
                }
            }
            writer.commit();
        } catch (IOException e) {
            throw new UncheckedIOException("The search index cannot be built", e);
        }
        return new Index(ledgerSize, directory, versions);
    }

    private static Document document(ListVersion version, ListItem item, Map<String, String> sectorNames) {
        Department department = version.department();
        Document doc = new Document();
        doc.add(new StoredField(VERSION_ID, version.id()));
        doc.add(new TextField(CODE, item.code(), Field.Store.YES));
        doc.add(new TextField(TITLE, item.title(), Field.Store.YES));
        String body = Stream.of(item.legalBasis(), item.responsibleBody(), item.stages(), item.accountability(),
                        item.measures(), item.cooperatingUnits(), item.progress(),
                        item.sectors().stream().map(code -> sectorNames.getOrDefault(code, code)).collect(Collectors.joining(" ")))
                .filter(text -> text != null && !text.isBlank())
                .collect(Collectors.joining("\n"));
        doc.add(new TextField(BODY, body, Field.Store.YES));
        doc.add(new TextField(DEPARTMENT, department.name().zh() + " " + department.name().en(), Field.Store.NO));
        return doc;
    }
}
