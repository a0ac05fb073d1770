"""Scale-out: process pool, Ray engine, Parquet segments, duplicate detection."""
