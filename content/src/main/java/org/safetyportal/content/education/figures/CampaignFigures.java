package org.safetyportal.content.education.figures;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * A published snapshot of one holding of a campaign: its days, who published it and when, the total and the
 * cells by county and by kind of audience (the five 进). Holds no name of anyone who took part.
 */
public record CampaignFigures(int id, String campaignCode, LocalDate starts, LocalDate ends, String publishedBy,
        Instant publishedAt, String contentHash, List<FigureCell> cells) {

    public CampaignFigures {
        cells = List.copyOf(cells);
    }

    public String ledgerSubject() {
        return CampaignFiguresContentSource.PREFIX + id;
    }

    public Optional<FigureCell> total() {
        return cells.stream().filter(c -> c.dimension() == FigureCell.Dimension.TOTAL).findFirst();
    }

    public List<FigureCell> byCounty() {
        return of(FigureCell.Dimension.COUNTY);
    }

    public List<FigureCell> byAudience() {
        return of(FigureCell.Dimension.AUDIENCE);
    }

    private List<FigureCell> of(FigureCell.Dimension dimension) {
        return cells.stream().filter(c -> c.dimension() == dimension).toList();
    }
}
