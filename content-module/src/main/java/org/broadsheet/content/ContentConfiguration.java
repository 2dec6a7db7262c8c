package org.broadsheet.content;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Configuration;

/** Binds content's settings wherever the module runs (the application and the module's own tests). */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties({ ContentProperties.class, PaywallProperties.class })
class ContentConfiguration {
}
