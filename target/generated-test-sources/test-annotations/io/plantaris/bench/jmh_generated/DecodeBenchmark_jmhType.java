package io.plantaris.bench.jmh_generated;
public class DecodeBenchmark_jmhType extends DecodeBenchmark_jmhType_B3 {
}

