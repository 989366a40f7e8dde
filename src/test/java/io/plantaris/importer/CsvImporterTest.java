package io.plantaris.importer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.plantaris.insole.PlantarRegion;
import io.plantaris.insole.Side;
import io.plantaris.insole.Track;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The generic CSV importer on small inline files. */
class CsvImporterTest {
  // Three header rows (segment / quantity / axis); the foot segment is written once (merged).
  private static final String CSV =
      """
      ,Foot,,,,Foot,,
      ,Time,Gyro,Gyro,Gyro,Heel,Toe,Acc
      idx,s,X,Y,Z,,,Z
      0,0.00,0.1,1.0,0.0,2.0,x,9.80665
      1,0.01,0.2,-0.5,0.0,,0.5,19.6133
      """;

  private static final String MAPPING =
      """
      {
        "description": "inline test",
        "headerRows": 3,
        "fillBlankHeaders": true,
        "deviceId": "dev-1",
        "side": "LEFT",
        "time": {"column": "Foot|Time|s", "unit": "s"},
        "cells": [
          {"column": "Foot|Heel|", "unit": "N/cm2", "xMm": 0, "yMm": 30,
           "region": "HEEL_MEDIAL", "areaMm2": 250},
          {"column": 6, "unit": "N", "xMm": 0, "yMm": 240, "region": "HALLUX"}
        ],
        "accelerometer": {"x": 7, "y": 7, "z": "foot|acc|z", "unit": "m/s2", "axes": "x,y,z"},
        "gyroscope": {"x": "Foot|Gyro|X", "y": "Foot|Gyro|Y", "z": "Foot|Gyro|Z",
                      "unit": "rad/s", "axes": "-y,x,z"}
      }
      """;

  @TempDir Path dir;

  private Track importCsv(String csv, String mapping) throws Exception {
    Path m = dir.resolve("m.json");
    Files.writeString(m, mapping);
    return new CsvImporter(CsvMapping.load(m))
        .read(new StringReader(csv), "test.csv", "test")
        .tracks()
        .get(0);
  }

  @Test
  void readsMultiRowHeadersConvertsUnitsAndRemapsAxes() throws Exception {
    Track t = importCsv(CSV, MAPPING);

    assertThat(t.size()).isEqualTo(2);
    assertThat(t.timeMicros()).containsExactly(0L, 10_000L);
    assertThat(t.layout().deviceId()).isEqualTo("dev-1");
    assertThat(t.layout().side()).isEqualTo(Side.LEFT);
    assertThat(t.layout().sampleRateHz()).isEqualTo(100.0);
    assertThat(t.layout().cells().get(1).region()).isEqualTo(PlantarRegion.HALLUX);
    // 2.0 N/cm² over 250 mm² = 2.5 cm² -> 5 N; the toe column is already newtons.
    assertThat(t.cellNewtons()[0][0]).isCloseTo(5.0f, within(1e-5f));
    assertThat(t.cellNewtons()[1][1]).isEqualTo(0.5f);
    // Insole x = -(sensor y), insole y = sensor x; 1 rad/s = 180/pi deg/s.
    assertThat(t.gyroDps()[0][0]).isEqualTo((float) (-180.0 / Math.PI));
    assertThat(t.gyroDps()[0][1]).isEqualTo((float) (0.1 * 180.0 / Math.PI));
    assertThat(t.gyroDps()[1][0]).isEqualTo((float) (0.5 * 180.0 / Math.PI));
    // 9.80665 m/s² is exactly 1 g; header text matched ignoring case.
    assertThat(t.accelG()[0][2]).isEqualTo(1.0f);
    assertThat(t.accelG()[1][2]).isEqualTo(2.0f);
  }

  @Test
  void emptyOrNonNumericLoadCellsReadAsNaN() throws Exception {
    Track t = importCsv(CSV, MAPPING);

    assertThat(t.cellNewtons()[0][1]).as("'x' in the toe column").isNaN();
    assertThat(t.cellNewtons()[1][0]).as("empty heel field").isNaN();
  }

  @Test
  void rowsOfDelimitersOnlyAtTheEndAreNoSamples() throws Exception {
    Track t = importCsv(CSV + ",,,,,,,\n,,,,,,,\n\n", MAPPING);

    assertThat(t.size()).isEqualTo(2);
  }

  @Test
  void anEmptyTailOfBlankLinesNoBreakSpacesAndTimesAloneIsNoSamples() throws Exception {
    String tail = "\n   \n,\u00A0,,,,,,\n2,0.02,,,,,,\n3,0.03\n\n";

    Track t = importCsv(CSV + tail, MAPPING);

    assertThat(t.size()).isEqualTo(2);
    assertThat(t.timeMicros()).containsExactly(0L, 10_000L);
  }

  @Test
  void aRowWithoutValuesBeforeMoreDataIsStillAnErrorNamingItsRow() {
    String gap = CSV + "2,0.02,,,,,,\n3,0.03,0.1,1.0,0.0,2.0,1.0,9.8\n";

    assertThatThrownBy(() -> importCsv(gap, MAPPING))
        .isInstanceOf(ImportException.class)
        .hasMessageContaining("test.csv: row 6")
        .hasMessageContaining("value missing");
  }

  @Test
  void aMalformedRowInTheMiddleIsNamedEvenWhenTheFileEndsInEmptyRows() {
    String bad = CSV.replace("1,0.01,0.2,-0.5", "1,0.01,0.2,oops") + ",,,,,,,\n\n";

    assertThatThrownBy(() -> importCsv(bad, MAPPING))
        .hasMessageContaining("row 5")
        .hasMessageContaining("not a number: 'oops'");
  }

  @Test
  void aBadGyroValueNamesFileRowAndColumn() {
    String bad = CSV.replace("1,0.01,0.2,-0.5", "1,0.01,0.2,oops");

    assertThatThrownBy(() -> importCsv(bad, MAPPING))
        .isInstanceOf(ImportException.class)
        .hasMessageContaining("test.csv")
        .hasMessageContaining("row 5")
        .hasMessageContaining("column 3 'Foot|Gyro|Y'")
        .hasMessageContaining("not a number: 'oops'");
  }

  @Test
  void aShortRowNamesTheMissingColumn() {
    String bad = CSV.replace("1,0.01,0.2,-0.5,0.0,,0.5,19.6133", "1,0.01,0.2");

    assertThatThrownBy(() -> importCsv(bad, MAPPING))
        .hasMessageContaining("row 5")
        .hasMessageContaining("column 7 'Foot|Acc|Z'")
        .hasMessageContaining("value missing");
  }

  @Test
  void timeGoingBackwardsNamesTheRow() {
    String bad = CSV.replace("1,0.01,", "1,0.00,");

    assertThatThrownBy(() -> importCsv(bad, MAPPING))
        .hasMessageContaining("row 5")
        .hasMessageContaining("'Foot|Time|s'")
        .hasMessageContaining("time does not increase");
  }

  @Test
  void aColumnMissingFromTheHeaderIsNamed() {
    String mapping = MAPPING.replace("\"Foot|Gyro|Z\"", "\"Foot|Gyro|Q\"");

    assertThatThrownBy(() -> importCsv(CSV, mapping))
        .hasMessageContaining("test.csv: row 3, column 'Foot|Gyro|Q'")
        .hasMessageContaining("no such column");
  }

  @Test
  void aMalformedMappingNamesTheFileAndLine() {
    String mapping = MAPPING.replace("\"unit\": \"rad/s\"", "\"unit\": \"furlongs\"");

    assertThatThrownBy(() -> importCsv(CSV, mapping))
        .isInstanceOf(ImportException.class)
        .hasMessageContaining("m.json: line 15")
        .hasMessageContaining("unknown unit 'furlongs'");
  }

  @Test
  void aPressureCellWithoutAreaIsRejected() {
    String mapping = MAPPING.replace(", \"areaMm2\": 250", "");

    assertThatThrownBy(() -> importCsv(CSV, mapping))
        .hasMessageContaining("m.json")
        .hasMessageContaining("needs areaMm2 > 0");
  }

  @Test
  void aFixedSampleRateGivesEvenlySpacedTimes() throws Exception {
    String mapping =
        MAPPING.replace("{\"column\": \"Foot|Time|s\", \"unit\": \"s\"}", "{\"sampleRateHz\": 50}");

    Track t = importCsv(CSV, mapping);

    assertThat(t.timeMicros()).containsExactly(0L, 20_000L);
    assertThat(t.layout().sampleRateHz()).isEqualTo(50.0);
  }
}
