package org.safetyportal.content.exports;

import java.util.Arrays;
import java.util.List;

/**
 * A public register that exports its records (written by {@link RegisterFile}) and explains them in
 * the data dictionary. Each feature declares its own, as it declares its ledger content and its
 * search kind; the dictionary page lists every register that does.
 */
public interface DocumentedRegister {

    /** What the data dictionary says of this register. */
    Documentation documentation();

    /**
     * A register's part of the dictionary: its name there (its section,
     * {@code exports.dictionary.<name>Fields}, and the meanings of its fields,
     * {@code exports.<name>Field.<field>}); its records' fields in the order the files write them; the
     * codes its fields hold; and its place on the dictionary page, lowest first.
     */
    record Documentation(String name, List<DataDictionary.Field> fields, List<CodeList> codes, int order) {

        public Documentation {
            fields = List.copyOf(fields);
            codes = List.copyOf(codes);
        }
    }

    /** The codes one field can hold ({@code inspectionKind}: {@code ROUTINE}, …) and where their names are in the bundles. */
    record CodeList(String name, List<String> codes, String messagePrefix) {

        public CodeList {
            codes = List.copyOf(codes);
        }

        public static CodeList of(String name, Enum<?>[] values, String messagePrefix) {
            return new CodeList(name, Arrays.stream(values).map(Enum::name).toList(), messagePrefix);
        }
    }
}
