package io.capbrief.deliver;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.mail.javamail.JavaMailSenderImpl;
import org.springframework.stereotype.Component;

/**
 * Gives Spring's mail sender the timeouts of {@link MailSettings}, so that whatever else uses it
 * (serve's health check of the SMTP server) cannot wait for ever either; the briefing's own sends
 * set them on their session whoever made the sender.
 */
@Component
class MailSenderTimeouts implements BeanPostProcessor {

    // a provider: a post-processor is made before the settings are bound
    private final ObjectProvider<MailSettings> settings;

    MailSenderTimeouts(ObjectProvider<MailSettings> settings) {
        this.settings = settings;
    }

    @Override
    public Object postProcessBeforeInitialization(Object bean, String beanName) {
        if (bean instanceof JavaMailSenderImpl sender) {
            sender.setJavaMailProperties(settings.getObject().withTimeouts(sender.getJavaMailProperties()));
        }
        return bean;
    }
}
