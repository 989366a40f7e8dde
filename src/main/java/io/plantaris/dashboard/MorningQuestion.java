package io.plantaris.dashboard;

import io.plantaris.programme.PainKind;
import io.plantaris.programme.PainReport;
import io.plantaris.programme.SessionOutcome;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;

/**
 * Whether to ask a patient "pain this morning?": on the calendar day after her last session, in her
 * own time zone, until she has answered. Kept on the server so the question follows her from the
 * phone to the tablet and goes away once answered anywhere.
 */
final class MorningQuestion {
  private MorningQuestion() {}

  /**
   * The session the question is about, when it is due now.
   *
   * @param sessions the patient's sessions, oldest first
   * @param pain her pain reports
   * @param zone the zone of the browser asking (her local day)
   */
  static Optional<SessionOutcome> due(
      List<SessionOutcome> sessions, List<PainReport> pain, Instant now, ZoneId zone) {
    if (sessions.isEmpty()) {
      return Optional.empty();
    }
    SessionOutcome last = sessions.get(sessions.size() - 1);
    LocalDate sessionDay = last.at().atZone(zone).toLocalDate();
    LocalDate today = now.atZone(zone).toLocalDate();
    boolean answered =
        pain.stream().anyMatch(p -> p.kind() == PainKind.NEXT_MORNING && p.at().isAfter(last.at()));
    return today.equals(sessionDay.plusDays(1)) && !answered ? Optional.of(last) : Optional.empty();
  }
}
