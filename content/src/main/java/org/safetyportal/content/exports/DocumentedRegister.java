package org.safetyportal.content.exports;

import java.util.List;

/**
 * A public register that exports its records (written by {@link RegisterFile}) and explains them in
 * the data dictionary. Each feature declares its own, as it declares its ledger content and its
 * search kind; the dictionary page lists every register that does.
 */
public interface DocumentedRegister {

    /**
     * The register's name in the dictionary: its section ({@code exports.dictionary.<name>Fields}) and
     * the meanings of its fields ({@code exports.<name>Field.<field>}).
     */
    String dictionaryName();

    /** Its records' fields, in the order the files write them. */
    List<DataDictionary.Field> fields();

    /** The codes its fields hold, each with the prefix of their translations. */
    List<CodeList> codes();

    /** Its place on the dictionary page, lowest first. */
    int order();

    /** The codes one field can hold ({@code inspectionKind}: {@code ROUTINE}, …) and where their names are in the bundles. */
    record CodeList(String name, List<String> codes, String messagePrefix) {

        public CodeList {
            codes = List.copyOf(codes);
        }

        public static CodeList of(String name, Enum<?>[] values, String messagePrefix) {
            return new CodeList(name, java.util.Arrays.stream(values).map(Enum::name).toList(), messagePrefix);
        }
    }
}
