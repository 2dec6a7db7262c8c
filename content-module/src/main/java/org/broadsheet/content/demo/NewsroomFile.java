package org.broadsheet.content.demo;

import java.util.List;

/** The demo newsroom as stored in {@code demo/newsroom.json}. */
record NewsroomFile(List<Entry> sections, List<Entry> topics, List<Person> authors, List<Story> articles) {

    record Entry(String key, String name) {
    }

    record Person(String key, String name, String bio) {
    }

    record Image(String path, String caption, String credit) {
    }

    record Story(String slug, String headline, String summary, String section, List<String> topics,
            List<String> authors, List<String> editors, String dateline, String publishedAt, String updatedAt,
            String accessLevel, Image image, String agencyCredit, List<String> related, List<String> paragraphs) {
    }
}
