package org.safetyportal.portal.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.safetyportal.content.ledger.LedgerHead;
import org.safetyportal.content.ledger.PublicationLedger;

/**
 * Puts the publication ledger's head, as it stands when the answer begins, on every open-data answer,
 * export and feed: {@value #HEADER}{@code : <seq> <entry hash>}. Whoever keeps a file or a feed keeps
 * a point of the chain with it, and can later ask {@code /api/v1/ledger/verify?since=<hash>} whether
 * today's chain still holds it: a chain cut back to before that point (its newest entries deleted and
 * the head rewound) no longer does, however consistent it is in itself.
 */
class LedgerHeadHeader extends HttpFilter {

    static final String HEADER = "X-Ledger-Head";

    private final PublicationLedger ledger;

    LedgerHeadHeader(PublicationLedger ledger) {
        this.ledger = ledger;
    }

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        if ("GET".equals(request.getMethod())) {
            try {
                LedgerHead head = ledger.head();
                response.setHeader(HEADER, head.seq() + " " + head.hash());
            } catch (RuntimeException headUnreadable) {
                // No head to name; the answer itself reports the failure the API's way (an error id, no SQL).
            }
        }
        chain.doFilter(request, response);
    }
}
