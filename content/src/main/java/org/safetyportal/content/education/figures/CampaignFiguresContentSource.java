package org.safetyportal.content.education.figures;

import jakarta.inject.Singleton;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.safetyportal.content.ledger.CanonicalJson;
import org.safetyportal.content.ledger.LedgerChain;
import org.safetyportal.content.ledger.PublishedContentSource;
import org.safetyportal.content.ledger.StoredPublication;

/** A published snapshot of campaign figures as the ledger sees it: the campaign's days, who published, every cell. */
@Singleton
class CampaignFiguresContentSource implements PublishedContentSource {

    static final String PREFIX = "campaign-figures:";

    private final CampaignFiguresRepository repository;

    CampaignFiguresContentSource(CampaignFiguresRepository repository) {
        this.repository = repository;
    }

    @Override
    public String subjectPrefix() {
        return PREFIX;
    }

    @Override
    public Optional<String> canonicalContent(String subject) {
        return idOf(subject).flatMap(repository::byId)
                .map(f -> canonical(f.campaignCode(), f.starts(), f.ends(), f.publishedBy(), f.cells()));
    }

    static String canonical(String campaignCode, LocalDate starts, LocalDate ends, String publishedBy,
            List<FigureCell> cells) {
        Map<String, Object> content = new LinkedHashMap<>();
        content.put("campaign", campaignCode);
        content.put("starts", starts.toString());
        content.put("ends", ends.toString());
        content.put("publishedBy", publishedBy);
        content.put("cells", cells.stream().map(c -> {
            Map<String, Object> cell = new LinkedHashMap<>();
            cell.put("dimension", c.dimension().name());
            cell.put("key", c.key());
            cell.put("sessions", c.sessions());
            cell.put("participants", c.participants());
            cell.put("passRate", c.passRate());
            return cell;
        }).toList());
        return CanonicalJson.write(content);
    }

    @Override
    public List<StoredPublication> storedPublications(LedgerChain chain) {
        return repository.stored();
    }
}
