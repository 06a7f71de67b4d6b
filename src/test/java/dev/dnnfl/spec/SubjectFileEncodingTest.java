package dev.dnnfl.spec;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** Subject files as editors save them: byte-order marks, other encodings, stray text after the JSON. */
class SubjectFileEncodingTest {
    private static final String SUBJECT = """
            { "id": "enc", "description": "a subject with an umlaut: Gr\u00f6\u00dfe", "task": "classification",
              "dataset": { "source": "synthetic:circles", "train": 100, "test": 20 },
              "layers": [ { "type": "dense", "units": 2, "activation": "softmax" } ],
              "training": { "optimizer": "adam", "learning_rate": 0.01, "loss": "categorical_crossentropy",
                            "batch_size": 16, "epochs": 1 } }
            """;

    @TempDir
    Path dir;

    @Test
    void aUtf8FileWithAByteOrderMarkReadsLikeOneWithout() throws IOException {
        Path plain = Files.writeString(dir.resolve("plain.json"), SUBJECT);
        Path marked = Files.writeString(dir.resolve("marked.json"), "\uFEFF" + SUBJECT);
        assertEquals(SubjectReader.read(plain).sha256(), SubjectReader.read(marked).sha256());
    }

    @Test
    void aFileInAnotherEncodingIsNamedAsNotUtf8() throws IOException {
        Path latin1 = Files.write(dir.resolve("latin1.json"), SUBJECT.getBytes(StandardCharsets.ISO_8859_1));
        UserError e = assertThrows(UserError.class, () -> SubjectReader.read(latin1));
        assertEquals(latin1 + ": not a UTF-8 text file (save the subject as UTF-8)", e.getMessage());
    }

    @Test
    void aSyntaxErrorGivesLineAndColumnWithoutTheParsersInternals() throws IOException {
        Path trailing = Files.writeString(dir.resolve("trailing.json"), SUBJECT + "}\n");
        UserError e = assertThrows(UserError.class, () -> SubjectReader.read(trailing));
        assertEquals(trailing + ":6:1: JSON syntax error: Unexpected close marker '}': expected ']'", e.getMessage());
        assertFalse(e.getMessage().contains("Source"), e.getMessage());
    }
}
