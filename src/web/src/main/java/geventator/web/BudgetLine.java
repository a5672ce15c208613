package geventator.web;

/** One row of the budget form: a category, the amount as typed, and what is wrong with it. */
public record BudgetLine(String name, String amount, String error) {}
