package dk.sagsvagt.shared.internal;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import dk.sagsvagt.support.IntegrationTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.beans.factory.config.EmbeddedValueResolver;
import org.springframework.context.ApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.servlet.HandlerExecutionChain;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import org.springframework.web.util.ServletRequestPathUtils;
import org.springframework.web.util.pattern.PathPattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The application's handler mapping (with its quick literal-prefix test) chooses the same handler as Spring's own, for
 * an address made from every mapped path with every method, and for addresses nothing maps.
 */
@IntegrationTest
class HandlerMappingTest {

	private static final Pattern VARIABLE = Pattern.compile("\\{(\\*?)(\\w+)(?::((?:[^{}]|\\{[^{}]*\\})+))?\\}");

	private static final List<String> SAMPLES = List.of("2025-0000001", "2025-0000001-1", "1", "x1", "ABC", "a-b");

	@Autowired
	@Qualifier("requestMappingHandlerMapping")
	RequestMappingHandlerMapping mapping;

	@Autowired
	ApplicationContext context;

	@Test
	void choosesWhatSpringsOwnMappingChoosesForEveryAddress() throws Exception {
		assertThat(mapping).isInstanceOf(LiteralPrefixHandlerMapping.class);
		assertThat(((LiteralPrefixHandlerMapping) mapping).narrowed()).isGreaterThan(150);
		RequestMappingHandlerMapping reference = new RequestMappingHandlerMapping();
		reference.setApplicationContext(context);
		reference.setPatternParser(mapping.getPatternParser());
		reference.setEmbeddedValueResolver(new EmbeddedValueResolver(((ConfigurableApplicationContext) context).getBeanFactory()));
		reference.afterPropertiesSet();
		assertThat(reference.getHandlerMethods()).hasSameSizeAs(mapping.getHandlerMethods());

		Set<String> paths = new LinkedHashSet<>(List.of("/", "/api", "/api/", "/api/nothing-here", "/api/cases/x/y/z/w",
				"/cases/not-a-number", "/nothing", "/api/cases/2025-0000001/documents/extra"));
		for (RequestMappingInfo info : mapping.getHandlerMethods().keySet()) {
			for (PathPattern pattern : info.getPathPatternsCondition().getPatterns()) {
				String path = sample(pattern.getPatternString());
				if (path != null) {
					paths.add(path);
					paths.add(path + "/more");
				}
			}
		}
		int compared = 0;
		for (String path : paths) {
			for (RequestMethod method : RequestMethod.values()) {
				assertThat(handlerOf(mapping, method, path)).as(method + " " + path).isEqualTo(handlerOf(reference, method, path));
				compared++;
			}
		}
		assertThat(compared).isGreaterThan(1_000);
	}

	@Test
	void aPatternsLiteralStartIsTheTextBeforeItsFirstVariable() {
		RequestMappingInfo.BuilderConfiguration config = new RequestMappingInfo.BuilderConfiguration();
		config.setPatternParser(mapping.getPatternParser());
		assertThat(LiteralPrefixHandlerMapping.literalPrefixes(RequestMappingInfo.paths("/api/cases/{caseNumber}", "/cases/{n:\\d+}/x")
			.options(config).build())).containsExactlyInAnyOrder("/api/cases/", "/cases/");
		// a pattern that could match any address is always tried in full
		assertThat(LiteralPrefixHandlerMapping.literalPrefixes(RequestMappingInfo.paths("/{anything}").options(config).build())).isEmpty();
	}

	/** The handler chosen, or the kind of refusal. */
	private static String handlerOf(RequestMappingHandlerMapping m, RequestMethod method, String path) {
		MockHttpServletRequest request = new MockHttpServletRequest(method.name(), path);
		request.addHeader("Accept", "*/*");
		ServletRequestPathUtils.parseAndCache(request);
		try {
			HandlerExecutionChain chain = m.getHandler(request);
			return chain == null ? "none" : chain.getHandler().toString();
		}
		catch (Exception e) {
			return e.getClass().getSimpleName();
		}
	}

	/** An address the pattern matches: each variable filled with a sample that fits its expression. */
	private static String sample(String pattern) {
		Matcher m = VARIABLE.matcher(pattern);
		StringBuilder out = new StringBuilder();
		List<String> unfit = new ArrayList<>();
		while (m.find()) {
			String regex = m.group(3);
			String value = m.group(1).isEmpty()
					? SAMPLES.stream().filter(v -> regex == null || v.matches(regex)).findFirst().orElse(null)
					: "a/b";
			if (value == null) {
				unfit.add(m.group(2));
				value = "x";
			}
			m.appendReplacement(out, Matcher.quoteReplacement(value));
		}
		m.appendTail(out);
		return unfit.isEmpty() ? out.toString() : null;
	}
}
