package org.safetyportal.content.lists;

import jakarta.inject.Singleton;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.safetyportal.content.organization.OrganizationDirectory;
import org.safetyportal.content.organization.Sector;
import org.safetyportal.content.search.SearchDocument;
import org.safetyportal.content.search.SearchKind;
import org.safetyportal.content.search.SearchableContent;
import org.safetyportal.i18n.Translatable;

/** Every item of every list in force, found by its title, code, department and the rest of its text. */
@Singleton
class ListSearchContent implements SearchableContent {

    static final SearchKind KIND = new SearchKind("LIST_ITEM", 10, "/lists/version/");

    private final ListCatalogue catalogue;
    private final OrganizationDirectory organization;

    ListSearchContent(ListCatalogue catalogue, OrganizationDirectory organization) {
        this.catalogue = catalogue;
        this.organization = organization;
    }

    @Override
    public SearchKind kind() {
        return KIND;
    }

    @Override
    public List<SearchDocument> documents() {
        // Sector names in both languages, so 燃气 and "gas" both find the responsibilities covering it.
        Map<String, String> sectorNames = organization.sectors().stream()
                .collect(Collectors.toMap(Sector::code, s -> s.name().zh() + " " + s.name().en()));
        List<SearchDocument> documents = new ArrayList<>();
        List<ListVersion> current = catalogue.current();
        Map<Integer, List<ListItem>> items = catalogue.items(current);
        for (ListVersion version : current) {
            Translatable listType = new Translatable("lists.type." + version.type().name());
            for (ListItem item : items.getOrDefault(version.id(), List.of())) {
                String sectors = item.sectors().stream().map(code -> sectorNames.getOrDefault(code, code))
                        .collect(Collectors.joining(" "));
                documents.add(new SearchDocument(KIND, Integer.toString(version.id()),
                        version.department(), listType, item.code(), item.title(),
                        SearchDocument.body(item.legalBasis(), item.responsibleBody(), item.stages(),
                                item.accountability(), item.measures(), item.cooperatingUnits(), item.progress()),
                        sectors));
            }
        }
        return documents;
    }
}
