package dk.sagsvagt.migration.internal.web;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import dk.sagsvagt.access.AccessPolicy;
import dk.sagsvagt.access.CurrentUser;
import dk.sagsvagt.migration.MigrationFiles;
import dk.sagsvagt.migration.MigrationImport;
import dk.sagsvagt.migration.MigrationPackages;
import dk.sagsvagt.migration.MigrationReport;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.MediaType;
import org.springframework.util.unit.DataSize;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/**
 * The migration over HTTP, for administrators: a migration file (docs/migration.md) as the request body (files
 * inline, within the JSON body limit), or uploaded as {@code file}, a JSON file or a ZIP package with its files
 * (within the upload limit). At most {@code sagsvagt.migration.max-cases-per-request} cases per request; larger
 * migrations run from the command line.
 */
@RestController
@Tag(name = "Migrering")
class MigrationApi {

	private final MigrationImport migration;

	private final AccessPolicy access;

	private final int maxCases;

	private final long maxBytes;

	MigrationApi(MigrationImport migration, AccessPolicy access, @Value("${sagsvagt.migration.max-cases-per-request:2000}") int maxCases,
			@Value("${sagsvagt.upload.max-size}") DataSize maxUpload) {
		this.migration = migration;
		this.access = access;
		this.maxCases = maxCases;
		// a package's JSON may unpack to more than was uploaded, not without bound
		this.maxBytes = 4 * maxUpload.toBytes();
	}

	/** What a run did, in numbers, per case and as the Danish report. */
	record MigrationRun(int imported, int skipped, int refused, List<MigrationReport.Imported> cases, List<String> skippedCases,
			List<MigrationReport.Problem> problems, String report) {

		static MigrationRun of(MigrationReport r) {
			return new MigrationRun(r.imported().size(), r.skipped().size(), r.problems().size(), r.imported(), r.skipped(), r.problems(),
					r.danish());
		}
	}

	@PostMapping(path = "/api/admin/migration", consumes = MediaType.APPLICATION_JSON_VALUE)
	@Operation(summary = "Overtag sager fra et tidligere sagssystem (migreringsfil som JSON, filer indlejret); hver sag helt eller slet ikke, sager der findes, springes over")
	MigrationRun importJson(CurrentUser user, HttpServletRequest request) throws IOException {
		return MigrationRun.of(migration.importJson(request.getInputStream(), MigrationFiles.none(), user, maxCases, maxBytes));
	}

	@PostMapping(path = "/api/admin/migration", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
	@Operation(summary = "Overtag sager fra en uploadet migreringsfil: JSON, eller en ZIP-pakke med sager.json og dokumenternes filer")
	MigrationRun importPackage(CurrentUser user, @RequestParam("file") MultipartFile file) throws IOException {
		Path temp = Files.createTempFile("sagsvagt-migration-", ".upload");
		try {
			file.transferTo(temp);
			return MigrationRun.of(MigrationPackages.importFile(migration, temp, null, user, maxCases, maxBytes));
		}
		finally {
			Files.deleteIfExists(temp);
		}
	}
}
