package org.broadsheet.web.article;

import static org.assertj.core.api.Assertions.assertThat;

import org.broadsheet.content.AccessDecision;
import org.broadsheet.content.AccessReason;
import org.broadsheet.content.MeterState;
import org.junit.jupiter.api.Test;

class StoryPageUnitTests {

    @Test
    void countsTheMeterDownInPluralAndSingular() {
        assertThat(StoryPage.meterNotice(new AccessDecision(true, AccessReason.METER, new MeterState(1, 3))))
                .isEqualTo("2 free articles left this month");
        assertThat(StoryPage.meterNotice(new AccessDecision(true, AccessReason.METER, new MeterState(2, 3))))
                .isEqualTo("1 free article left this month");
        assertThat(StoryPage.meterNotice(new AccessDecision(true, AccessReason.METER, new MeterState(3, 3))))
                .isEqualTo("0 free articles left this month");
    }

    @Test
    void showsNoMeterNoticeWhenTheMeterDidNotGrantTheRead() {
        assertThat(StoryPage.meterNotice(new AccessDecision(true, AccessReason.STAFF, null))).isNull();
        assertThat(StoryPage.meterNotice(new AccessDecision(true, AccessReason.FREE, new MeterState(1, 3)))).isNull();
        assertThat(StoryPage.meterNotice(new AccessDecision(false, AccessReason.METER_EXHAUSTED, new MeterState(3, 3)))).isNull();
    }

    @Test
    void creditsTheAgencyOnceWhateverFormTheNewsroomFiledItIn() {
        assertThat(StoryPage.agencyCredit("Reuters")).isEqualTo("With inputs from Reuters");
        assertThat(StoryPage.agencyCredit("With inputs from Press Wire")).isEqualTo("With inputs from Press Wire");
        assertThat(StoryPage.agencyCredit(null)).isNull();
    }

    @Test
    void keepsJsonLdFromClosingItsScriptElement() {
        assertThat(ArticleStructuredData.scriptSafe("{\"headline\":\"</script><script>alert(1)</script><!--\"}"))
                .isEqualTo("{\"headline\":\"<\\/script><script>alert(1)<\\/script><\\u0021--\"}");
    }
}
