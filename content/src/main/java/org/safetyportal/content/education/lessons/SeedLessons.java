package org.safetyportal.content.education.lessons;

import java.util.ArrayList;
import java.util.List;

/** Every lesson of the education seed ({@code lessons/*.md} with its English body and its bank), checked, by code. */
final class SeedLessons {

    private SeedLessons() {
    }

    static List<LessonSource> read(EducationReference reference) {
        List<LessonSource> lessons = new ArrayList<>();
        for (String name : EducationSeedFiles.names("lessons", ".md")) {
            if (name.endsWith(".en.md")) {
                continue;
            }
            String code = name.substring(0, name.length() - ".md".length());
            String file = EducationSeedFiles.ROOT + "lessons/" + name;
            String bankFile = "questions/" + code + ".txt";
            String bank = EducationSeedFiles.text(bankFile).orElseThrow(() -> new SeedFormatException(file, 0,
                    "the lesson has no question bank " + EducationSeedFiles.ROOT + bankFile));
            List<BankQuestion> questions = QuestionBankParser.parse(EducationSeedFiles.ROOT + bankFile, bank);
            lessons.add(LessonSeedParser.parse(file, EducationSeedFiles.text("lessons/" + name).orElseThrow(),
                    EducationSeedFiles.text("lessons/" + code + ".en.md").orElse(null), questions, reference));
        }
        return lessons;
    }
}
