// STUB — replaced by the messages issue (issue 4): createI18n, describeError, I18nController.
export {};
