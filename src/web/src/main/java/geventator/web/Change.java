package geventator.web;

/** A field the person changed and what it holds now, after someone else's edit came first (a 412). */
public record Change(String field, String yours, String now) {}
