package org.sonobill.engine.coding;

import org.junit.jupiter.api.Test;
import org.sonobill.engine.study.StudyJsonReader;

class SmokeTest {
    @Test
    void codesAnAbdomen() throws Exception {
        CodingEngine e = CodingEngine.bundled();
        String json = """
            {"id":"A1","dateOfService":"2025-03-14","placeOfService":"22","patient":{"sex":"F"},"exam":"abdomen",
             "indication":{"text":"RUQ pain","icd10":["R10.11"]},
             "elements":{"liver":"seen","gallbladder":"absent","common_bile_duct":"seen","pancreas":{"status":"not-seen","reason":"bowel gas"},
               "right_kidney":"seen","left_kidney":"seen","aorta":"seen","ivc":"seen"},
             "images":{"stored":10},"report":{"signed":true,"interpretingNpi":"1234567893"},"orderingNpi":"1245319599",
             "ordered":{"code":"76700"}}
            """;
        var s = new StudyJsonReader(e.vocabulary()).read(json, "t.json", 1);
        long t0 = System.nanoTime();
        System.out.println(CodedStudyJson.toJson(e.code(s)));
        System.out.println((System.nanoTime() - t0) / 1_000_000 + " ms");
    }
}
