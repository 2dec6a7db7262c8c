package org.broadsheet.auth.mail;

import java.util.Map;
import java.util.Set;

import org.thymeleaf.TemplateEngine;
import org.thymeleaf.context.Context;
import org.thymeleaf.spring6.SpringTemplateEngine;
import org.thymeleaf.templateresolver.ClassLoaderTemplateResolver;
import org.springframework.stereotype.Component;

/** Renders account mail from {@code mail/<template>.txt} and {@code .html}, with an engine of its own so the site's stays untouched. */
@Component
class MailComposer {

    private final TemplateEngine engine;

    MailComposer() {
        ClassLoaderTemplateResolver resolver = new ClassLoaderTemplateResolver();
        resolver.setPrefix("mail/");
        resolver.setTextTemplateModePatterns(Set.of("*.txt"));
        resolver.setHtmlTemplateModePatterns(Set.of("*.html"));
        resolver.setCharacterEncoding("UTF-8");
        resolver.setCacheable(true);
        SpringTemplateEngine spring = new SpringTemplateEngine();
        spring.setTemplateResolver(resolver);
        this.engine = spring;
    }

    record ComposedMail(String subject, String text, String html) {
    }

    ComposedMail compose(String template, Map<String, Object> model) {
        Context context = new Context();
        context.setVariables(model);
        String text = engine.process(template + ".txt", context).strip();
        String html = engine.process(template + ".html", context);
        String subject = "Broadsheet";
        if (text.startsWith("Subject:")) {
            int end = text.indexOf('\n');
            subject = (end < 0 ? text.substring(8) : text.substring(8, end)).strip();
            text = end < 0 ? "" : text.substring(end + 1).strip();
        }
        return new ComposedMail(subject, text + "\n", html);
    }
}
