package org.safetyportal.content.search;

import jakarta.inject.Singleton;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.cn.smart.SmartChineseAnalyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.queryparser.classic.MultiFieldQueryParser;
import org.apache.lucene.queryparser.classic.ParseException;
import org.apache.lucene.queryparser.classic.QueryParser;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
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
import org.safetyportal.content.organization.Department;
import org.safetyportal.content.organization.OrganizationDirectory;
import org.safetyportal.i18n.Translatable;

/**
 * One search over everything the portal publishes, with a real Chinese analyzer (Lucene smartcn:
 * 危险化学品 finds 危险化学品安全监管, not only exact substrings). Each feature hands in its published
 * documents ({@link SearchableContent}). The index lives in memory and is rebuilt whenever the
 * publication ledger has grown, so it never lags behind what is published.
 */
@Singleton
public class PublicSearch {

    public static final int MAX_QUERY_LENGTH = 100;
    public static final int MAX_HITS = 100;

    private static final String KIND = "kind";
    private static final String KEY = "key";
    private static final String DEPARTMENT_ID = "departmentId";
    private static final String CATEGORY = "category";
    private static final String CODE = "code";
    private static final String TITLE = "title";
    private static final String BODY = "body";
    private static final String DEPARTMENT = "department";
    private static final String TERMS = "terms";
    private static final String[] SEARCHED = {TITLE, BODY, DEPARTMENT, CODE, TERMS};
    private static final Map<String, Float> BOOSTS = Map.of(TITLE, 3f, CODE, 2f, DEPARTMENT, 1.5f, BODY, 1f, TERMS, 1f);

    private final List<SearchableContent> contents;
    private final List<SearchKind> kinds;
    private final PublicationLedger ledger;
    private final OrganizationDirectory organization;
    private final Analyzer analyzer = new SmartChineseAnalyzer();
    private Index index;

    PublicSearch(List<SearchableContent> contents, PublicationLedger ledger, OrganizationDirectory organization) {
        this.contents = List.copyOf(contents);
        this.kinds = contents.stream().map(SearchableContent::kind).distinct()
                .sorted(Comparator.comparingInt(SearchKind::order)).toList();
        this.ledger = ledger;
        this.organization = organization;
    }

    private record Index(long ledgerSize, Directory directory) {
    }

    /** The kinds of thing the search finds, in the order they are shown. */
    public List<SearchKind> kinds() {
        return kinds;
    }

    /** The kind of this name, if the portal publishes such a thing. */
    public Optional<SearchKind> kind(String name) {
        return kinds.stream().filter(kind -> kind.name().equals(name)).findFirst();
    }

    /** Everything published that matches the words. */
    public SearchResults search(String text) {
        return search(text, Optional.empty());
    }

    /** What matches the words, of one kind only when a kind is given. */
    public SearchResults search(String text, Optional<SearchKind> kind) {
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
            Query words = parse(query);
            Map<SearchKind, Long> totals = new LinkedHashMap<>();
            for (SearchKind each : kinds) {
                int count = searcher.count(ofKind(words, each));
                if (count > 0) {
                    totals.put(each, (long) count);
                }
            }
            TopDocs top = searcher.search(kind.map(k -> ofKind(words, k)).orElse(words), MAX_HITS);
            Highlighter highlighter = new Highlighter(new SimpleHTMLFormatter("<mark>", "</mark>"),
                    new SimpleHTMLEncoder(), new QueryScorer(words));
            List<SearchHit> hits = new ArrayList<>();
            for (ScoreDoc scoreDoc : top.scoreDocs) {
                hits.add(hit(searcher.storedFields().document(scoreDoc.doc), highlighter));
            }
            return new SearchResults(query, kind, top.totalHits.value, hits, totals);
        } catch (IOException e) {
            throw new UncheckedIOException("The search index cannot be read", e);
        }
    }

    private SearchHit hit(Document doc, Highlighter highlighter) {
        Department department = doc.getField(DEPARTMENT_ID) == null ? null
                : organization.department(doc.getField(DEPARTMENT_ID).numericValue().intValue()).orElse(null);
        String category = doc.get(CATEGORY);
        return new SearchHit(kind(doc.get(KIND)).orElseThrow(), doc.get(KEY), department,
                category == null ? null : new Translatable(category), doc.get(CODE),
                highlight(highlighter, TITLE, doc.get(TITLE)), highlight(highlighter, BODY, doc.get(BODY)));
    }

    private static Query ofKind(Query words, SearchKind kind) {
        return new BooleanQuery.Builder()
                .add(words, BooleanClause.Occur.MUST)
                .add(new TermQuery(new Term(KIND, kind.name())), BooleanClause.Occur.FILTER)
                .build();
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
        Directory directory = new ByteBuffersDirectory();
        try (IndexWriter writer = new IndexWriter(directory, new IndexWriterConfig(analyzer))) {
            for (SearchableContent content : contents) {
                for (SearchDocument document : content.documents()) {
                    writer.addDocument(document(document));
                }
            }
            writer.commit();
        } catch (IOException e) {
            throw new UncheckedIOException("The search index cannot be built", e);
        }
        return new Index(ledgerSize, directory);
    }

    private static Document document(SearchDocument source) {
        Document doc = new Document();
        doc.add(new StringField(KIND, source.kind().name(), Field.Store.YES));
        doc.add(new StoredField(KEY, source.key()));
        if (source.category() != null) {
            doc.add(new StoredField(CATEGORY, source.category().key()));
        }
        doc.add(new TextField(CODE, nullToEmpty(source.code()), Field.Store.YES));
        doc.add(new TextField(TITLE, nullToEmpty(source.title()), Field.Store.YES));
        doc.add(new TextField(BODY, nullToEmpty(source.body()), Field.Store.YES));
        doc.add(new TextField(TERMS, nullToEmpty(source.terms()), Field.Store.NO));
        Department department = source.department();
        if (department != null) {
            doc.add(new StoredField(DEPARTMENT_ID, department.id()));
            doc.add(new TextField(DEPARTMENT, department.name().zh() + " " + department.name().en(), Field.Store.NO));
        }
        return doc;
    }

    private static String nullToEmpty(String text) {
        return text == null ? "" : text;
    }
}
