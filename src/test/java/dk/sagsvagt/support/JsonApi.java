package dk.sagsvagt.support;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

import org.springframework.boot.test.context.TestComponent;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;

/** Calls the JSON API as a fixture user (HTTP Basic), checks the status and reads the answer. */
@TestComponent
public class JsonApi {

	private final MockMvc mvc;

	private final ObjectMapper json;

	JsonApi(MockMvc mvc, ObjectMapper json) {
		this.mvc = mvc;
		this.json = json;
	}

	/** Sends {@code body} as JSON (none when null) and expects {@code status}; the answer as JSON, or null when empty. */
	public JsonNode call(String user, MockHttpServletRequestBuilder request, Object body, int status) throws Exception {
		MockHttpServletRequestBuilder r = request.with(httpBasic(user, Fixtures.PASSWORD));
		if (body != null) {
			r = r.contentType(MediaType.APPLICATION_JSON).content(json.writeValueAsBytes(body));
		}
		MvcResult result = mvc.perform(r).andReturn();
		assertThat(result.getResponse().getStatus()).as(result.getResponse().getContentAsString()).isEqualTo(status);
		byte[] content = result.getResponse().getContentAsByteArray();
		return content.length == 0 ? null : json.readTree(content);
	}

	/** As {@link #call} for a call that must succeed with any 2xx status. */
	public JsonNode callOk(String user, MockHttpServletRequestBuilder request, Object body) throws Exception {
		MockHttpServletRequestBuilder r = request.with(httpBasic(user, Fixtures.PASSWORD));
		if (body != null) {
			r = r.contentType(MediaType.APPLICATION_JSON).content(json.writeValueAsBytes(body));
		}
		MvcResult result = mvc.perform(r).andReturn();
		assertThat(result.getResponse().getStatus() / 100).as(result.getResponse().getContentAsString()).isEqualTo(2);
		byte[] content = result.getResponse().getContentAsByteArray();
		return content.length == 0 ? null : json.readTree(content);
	}
}
