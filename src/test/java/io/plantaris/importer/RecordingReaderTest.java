package io.plantaris.importer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.plantaris.insole.Recording;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Format detection and the reading facade. */
class RecordingReaderTest {
  @TempDir Path dir;

  @Test
  void detectsTheFormatFromExtensionAndContent() throws Exception {
    Path moticon = Datasets.require("moticon-opengo/walk_data_with_events.txt");
    Path csv = Files.writeString(dir.resolve("a.csv"), "t,x\n0,1\n");
    Path wire = Files.write(dir.resolve("a.plw"), new byte[] {(byte) 0xA5, 0x5A});
    Path other = Files.writeString(dir.resolve("a.txt"), "hello\n");

    assertThat(RecordingFormat.detect(moticon)).isEqualTo(RecordingFormat.MOTICON);
    assertThat(RecordingFormat.detect(csv)).isEqualTo(RecordingFormat.CSV);
    assertThat(RecordingFormat.detect(wire)).isEqualTo(RecordingFormat.WIRE);
    assertThatThrownBy(() -> RecordingFormat.detect(other))
        .hasMessageContaining("a.txt: cannot tell the format");
  }

  @Test
  void readsAMoticonExportWithoutBeingTold() throws Exception {
    Recording r =
        RecordingReader.read(
            Datasets.require("moticon-opengo/walk_data_with_events.txt"), null, null);

    assertThat(r.tracks()).hasSize(2);
    assertThat(r.tracks().get(0).size()).isEqualTo(499);
  }

  @Test
  void aCsvWithoutMappingAndWireAreRefusedWithAReason() throws Exception {
    Path csv = Files.writeString(dir.resolve("a.csv"), "t,x\n0,1\n");
    Path wire = Files.write(dir.resolve("a.plw"), new byte[] {1});

    assertThatThrownBy(() -> RecordingReader.read(csv, null, null))
        .hasMessageContaining("a.csv: a CSV recording needs a column-mapping file");
    assertThatThrownBy(() -> RecordingReader.read(wire, RecordingFormat.WIRE, null))
        .isInstanceOf(ImportException.class)
        .hasMessageContaining("a.plw: no samples decoded from the wire stream");
  }
}
