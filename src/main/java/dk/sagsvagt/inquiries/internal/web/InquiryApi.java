package dk.sagsvagt.inquiries.internal.web;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import dk.sagsvagt.access.AccessPolicy;
import dk.sagsvagt.access.CurrentUser;
import dk.sagsvagt.inquiries.AgendaItem;
import dk.sagsvagt.inquiries.CommitteeItems;
import dk.sagsvagt.inquiries.Committees;
import dk.sagsvagt.inquiries.Inquiries;
import dk.sagsvagt.inquiries.Inquiry;
import dk.sagsvagt.inquiries.InquiryReplies;
import dk.sagsvagt.inquiries.Meeting;
import dk.sagsvagt.inquiries.NewInquiry;
import dk.sagsvagt.inquiries.Signatory;
import dk.sagsvagt.shared.Downloads;
import dk.sagsvagt.shared.InvalidInputException;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "Henvendelser og udvalg")
class InquiryApi {

	/** {@code signedOnBehalfOf}: MAYOR, COMMITTEE_CHAIR or ADMINISTRATION (the default). */
	record Reply(String text, LocalDate repliedOn, String signedOnBehalfOf) {
	}

	/** A report put before the committee: title, case presentation (sagsfremstilling) and the documents attached. */
	record NewItem(String title, String presentation, List<String> documentNumbers) {
	}

	record Forward(Long meetingId, String title, String summary) {
	}

	record NewMeeting(String committee, LocalDate meetsOn, String place) {
	}

	private final Inquiries inquiries;

	private final InquiryReplies replies;

	private final Committees committees;

	private final CommitteeItems items;

	private final AccessPolicy access;

	InquiryApi(Inquiries inquiries, InquiryReplies replies, Committees committees, CommitteeItems items, AccessPolicy access) {
		this.items = items;
		this.inquiries = inquiries;
		this.replies = replies;
		this.committees = committees;
		this.access = access;
	}

	@PostMapping("/api/inquiries")
	@Operation(summary = "Registrér en henvendelse fra en borger til borgmesteren, udvalget eller forvaltningen")
	ResponseEntity<Inquiry> register(CurrentUser user, @RequestBody NewInquiry n) {
		return ResponseEntity.status(201).body(inquiries.register(n, user));
	}

	@GetMapping("/api/inquiries")
	@Operation(summary = "Henvendelser brugeren må se; åbne først efter svarfrist (open=false tager besvarede med)")
	List<Inquiry> list(CurrentUser user, @RequestParam(defaultValue = "true") boolean open) {
		return inquiries.list(open, user);
	}

	@GetMapping("/api/inquiries/{id}")
	@Operation(summary = "En henvendelse med svarfrist, tilknyttede sager og dagsordenspunkter")
	Inquiry get(CurrentUser user, @PathVariable long id) {
		return inquiries.get(id, user);
	}

	@GetMapping("/api/inquiries/{id}/reply-draft")
	@Operation(summary = "Udkast til svar efter den danske skabelon")
	Map<String, String> draft(CurrentUser user, @PathVariable long id) {
		return Map.of("text", replies.draft(id, user));
	}

	@PostMapping("/api/inquiries/{id}/reply")
	@Operation(summary = "Send svaret: brevet journaliseres som udgående, og svarfristen er overholdt eller overskredet")
	Inquiry reply(CurrentUser user, @PathVariable long id, @RequestBody Reply r) {
		return replies.reply(id, r.text(), r.repliedOn(), signatory(r.signedOnBehalfOf()), user);
	}

	private static Signatory signatory(String value) {
		if (value == null || value.isBlank()) {
			return Signatory.ADMINISTRATION;
		}
		try {
			return Signatory.valueOf(value.strip());
		}
		catch (IllegalArgumentException e) {
			throw new InvalidInputException("signedOnBehalfOf", "Vælg om svaret underskrives på vegne af borgmesteren, udvalgsformanden eller forvaltningen.");
		}
	}

	@PostMapping("/api/inquiries/{id}/committee")
	@Operation(summary = "Forelæg henvendelsen for et udvalgsmøde som punkt på dagsordenen")
	ResponseEntity<AgendaItem> forward(CurrentUser user, @PathVariable long id, @RequestBody Forward f) {
		return ResponseEntity.status(201).body(committees.putForward(id, f.meetingId() == null ? 0 : f.meetingId(), f.title(), f.summary(),
				user));
	}

	@GetMapping("/api/committee/meetings")
	@Operation(summary = "Udvalgsmøder med dagsordener, nyeste først")
	List<Meeting> meetings(CurrentUser user) {
		return committees.meetings(user);
	}

	@PostMapping("/api/committee/meetings")
	@Operation(summary = "Opret et udvalgsmøde")
	ResponseEntity<Meeting> createMeeting(CurrentUser user, @RequestBody NewMeeting m) {
		return ResponseEntity.status(201).body(committees.createMeeting(m.committee(), m.meetsOn(), m.place(), user));
	}

	@GetMapping("/api/committee/meetings/{id}")
	@Operation(summary = "Et udvalgsmøde og dets dagsorden")
	Meeting meeting(CurrentUser user, @PathVariable long id) {
		return committees.get(id, user);
	}

	@PostMapping("/api/committee/meetings/{id}/items")
	@Operation(summary = "Sæt en rapport eller et notat på dagsordenen for et kommende møde, med sagsfremstilling og bilag fra journalen")
	ResponseEntity<AgendaItem> addItem(CurrentUser user, @PathVariable long id, @RequestBody NewItem n) {
		return ResponseEntity.status(201).body(items.add(id, n.title(), n.presentation(), n.documentNumbers(), user));
	}

	@GetMapping("/api/committee/meetings/{id}/agenda.pdf")
	@Operation(summary = "Dagsordenen som PDF")
	ResponseEntity<byte[]> agenda(CurrentUser user, @PathVariable long id) {
		return Downloads.pdf("dagsorden-" + id + ".pdf", committees.agendaPdf(id, user));
	}
}
