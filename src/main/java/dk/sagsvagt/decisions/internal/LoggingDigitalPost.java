package dk.sagsvagt.decisions.internal;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import dk.sagsvagt.decisions.DigitalPost;

import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Until the national Digital Post integration is connected, letters are only logged: the case and document number
 * and how many recipients, never a CPR number or the letter's content.
 */
@Configuration(proxyBeanMethods = false)
class LoggingDigitalPost {

	private static final Logger log = LoggerFactory.getLogger(LoggingDigitalPost.class);

	@Bean
	@ConditionalOnMissingBean(DigitalPost.class)
	DigitalPost digitalPost() {
		return (String caseNumber, String documentNumber, String title, List<Long> recipients, Path pdf) -> {
			if (!Files.isReadable(pdf)) {
				throw new IllegalStateException("The letter " + documentNumber + " has no readable file");
			}
			log.info("Digital Post (logging only): letter {} in case {} to {} recipient(s)", documentNumber, caseNumber,
					recipients.size());
		};
	}
}
