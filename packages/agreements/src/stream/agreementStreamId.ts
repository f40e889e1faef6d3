/** One stream per agreement, named `agreement-<id>`. */
export const agreementStreamId = (agreementId: string): string => `agreement-${agreementId}`;
