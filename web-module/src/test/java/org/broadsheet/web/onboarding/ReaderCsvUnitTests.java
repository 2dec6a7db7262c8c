package org.broadsheet.web.onboarding;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

class ReaderCsvUnitTests {

    @Test
    void readsQuotedFieldsWithCrlfBomAndColumnsInAnyOrder() {
        String csv = "\uFEFFLabels,Full Name,E-mail,Comp-Until\r\n"
                + "\"gold;print\",\"Rao, Vikram\", Vikram@Example.org ,2030-01-01\r\n"
                + "\r\n"
                + ",\"Says \"\"hi\"\"\",b@example.org,\r\n";

        List<ReaderCsv.Line> lines = ReaderCsv.read(csv);

        assertThat(lines).extracting(ReaderCsv.Line::line).containsExactly(2, 3);
        assertThat(lines.get(0).values()).containsExactlyInAnyOrderEntriesOf(Map.of(ReaderCsv.LABELS, "gold;print",
                ReaderCsv.NAME, "Rao, Vikram", ReaderCsv.EMAIL, "Vikram@Example.org", ReaderCsv.COMP, "2030-01-01"));
        assertThat(lines.get(1).values()).containsExactlyInAnyOrderEntriesOf(Map.of(ReaderCsv.NAME, "Says \"hi\"",
                ReaderCsv.EMAIL, "b@example.org"));
    }

    @Test
    void refusesAFileWithoutAnEmailColumn() {
        assertThatThrownBy(() -> ReaderCsv.read("name,labels\nA,b\n")).isInstanceOf(InvalidImport.class)
                .hasMessageContaining("no email column");
    }

    @Test
    void refusesBrokenQuoting() {
        assertThatThrownBy(() -> ReaderCsv.read("email,name\n\"a@example.org,A\n")).isInstanceOf(InvalidImport.class);
    }
}
