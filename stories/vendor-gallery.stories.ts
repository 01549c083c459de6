import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { BANNER_SLOTTED_ONLY, BANNER_TOAST_ONLY, noInput } from './controls.js';
import { GALLERY, galleryEntry } from './vendor-gallery.js';

interface Args {
  /** `<seed>/<fixture name>` of test/fixtures. */
  fixture: string;
}

/**
 * Every example payload of the five seed documents (and the everyday formats beyond them), from
 * the same fixtures as the normalizer's tests: the raw response next to what it becomes.
 * test/stories/stories.test.ts checks that every fixture has its story here.
 */
const meta: Meta<Args> = {
  title: 'Gallery/Vendor errors',
  component: 'error-banner',
  tags: ['!autodocs'],
  render: ({ fixture }) => galleryEntry(fixture),
  argTypes: {
    fixture: {
      control: 'select',
      options: [...GALLERY.keys()],
      description: 'The seed payload (test/fixtures)',
    },
    // Every banner here is inline, with nothing slotted.
    ...noInput(...BANNER_TOAST_ONLY, ...BANNER_SLOTTED_ONLY),
  },
};
export default meta;

type Story = StoryObj<Args>;

export const Ormuco400BadRequest: Story = {
  name: 'Ormuco · 400 bad_request',
  args: { fixture: 'ormuco/400 bad_request' },
};
export const Ormuco401Unauthorized: Story = {
  name: 'Ormuco · 401 unauthorized',
  args: { fixture: 'ormuco/401 unauthorized' },
};
export const Ormuco403Forbidden: Story = {
  name: 'Ormuco · 403 forbidden',
  args: { fixture: 'ormuco/403 forbidden' },
};
export const Ormuco403CreditCardCheck: Story = {
  name: 'Ormuco · 403 credit_card_check',
  args: { fixture: 'ormuco/403 credit_card_check' },
};
export const Ormuco404NotFound: Story = {
  name: 'Ormuco · 404 not_found',
  args: { fixture: 'ormuco/404 not_found' },
};
export const Ormuco405NotAllowed: Story = {
  name: 'Ormuco · 405 not_allowed',
  args: { fixture: 'ormuco/405 not_allowed' },
};
export const Ormuco406NotAcceptable: Story = {
  name: 'Ormuco · 406 not_acceptable',
  args: { fixture: 'ormuco/406 not_acceptable' },
};
export const Ormuco408RequestTimeout: Story = {
  name: 'Ormuco · 408 request_timeout',
  args: { fixture: 'ormuco/408 request_timeout' },
};
export const Ormuco409Conflict: Story = {
  name: 'Ormuco · 409 conflict',
  args: { fixture: 'ormuco/409 conflict' },
};
export const Ormuco413PayloadTooLarge: Story = {
  name: 'Ormuco · 413 payload_too_large',
  args: { fixture: 'ormuco/413 payload_too_large' },
};
export const Ormuco429TooManyRequests: Story = {
  name: 'Ormuco · 429 too_many_requests',
  args: { fixture: 'ormuco/429 too_many_requests' },
};
export const Ormuco499TokenRequired: Story = {
  name: 'Ormuco · 499 token_required',
  args: { fixture: 'ormuco/499 token_required' },
};
export const Ormuco500ServerError: Story = {
  name: 'Ormuco · 500 server_error',
  args: { fixture: 'ormuco/500 server_error' },
};
export const Ormuco500SqlMultipleResultsFound: Story = {
  name: 'Ormuco · 500 sql_multiple_results_found',
  args: { fixture: 'ormuco/500 sql_multiple_results_found' },
};
export const Ormuco500MissingDefaulValue: Story = {
  name: 'Ormuco · 500 missing_defaul_value',
  args: { fixture: 'ormuco/500 missing_defaul_value' },
};
export const Ormuco502BadGateway: Story = {
  name: 'Ormuco · 502 bad_gateway',
  args: { fixture: 'ormuco/502 bad_gateway' },
};
export const Ormuco503ServiceUnavailable: Story = {
  name: 'Ormuco · 503 service_unavailable',
  args: { fixture: 'ormuco/503 service_unavailable' },
};
export const Ormuco503GatewayTimeout: Story = {
  name: 'Ormuco · 503 gateway_timeout',
  args: { fixture: 'ormuco/503 gateway_timeout' },
};
export const Ormuco499TokenRequiredRawBodyNoStatus: Story = {
  name: 'Ormuco · 499 token_required (raw body, no status)',
  args: { fixture: 'ormuco/499 token_required (raw body, no status)' },
};
export const FluentGraphQLC0001E: Story = {
  name: 'Fluent · GraphQL C0001E',
  args: { fixture: 'fluent/GraphQL C0001E' },
};
export const FluentGraphQLC0020E: Story = {
  name: 'Fluent · GraphQL C0020E',
  args: { fixture: 'fluent/GraphQL C0020E' },
};
export const FluentGraphQLC00023W: Story = {
  name: 'Fluent · GraphQL C00023W',
  args: { fixture: 'fluent/GraphQL C00023W' },
};
export const FluentGraphQLC0100E: Story = {
  name: 'Fluent · GraphQL C0100E',
  args: { fixture: 'fluent/GraphQL C0100E' },
};
export const FluentGraphQLC0101E: Story = {
  name: 'Fluent · GraphQL C0101E',
  args: { fixture: 'fluent/GraphQL C0101E' },
};
export const FluentGraphQLC0120E: Story = {
  name: 'Fluent · GraphQL C0120E',
  args: { fixture: 'fluent/GraphQL C0120E' },
};
export const FluentGraphQLC0121E: Story = {
  name: 'Fluent · GraphQL C0121E',
  args: { fixture: 'fluent/GraphQL C0121E' },
};
export const FluentGraphQLC0122E: Story = {
  name: 'Fluent · GraphQL C0122E',
  args: { fixture: 'fluent/GraphQL C0122E' },
};
export const FluentGraphQLC0140E: Story = {
  name: 'Fluent · GraphQL C0140E',
  args: { fixture: 'fluent/GraphQL C0140E' },
};
export const FluentGraphQLC0141E: Story = {
  name: 'Fluent · GraphQL C0141E',
  args: { fixture: 'fluent/GraphQL C0141E' },
};
export const FluentGraphQLS0001E: Story = {
  name: 'Fluent · GraphQL S0001E',
  args: { fixture: 'fluent/GraphQL S0001E' },
};
export const FluentGraphQLS0003W: Story = {
  name: 'Fluent · GraphQL S0003W',
  args: { fixture: 'fluent/GraphQL S0003W' },
};
export const FluentGraphQLT0001E: Story = {
  name: 'Fluent · GraphQL T0001E',
  args: { fixture: 'fluent/GraphQL T0001E' },
};
export const FluentGraphQLC0141EWithPath: Story = {
  name: 'Fluent · GraphQL C0141E with path',
  args: { fixture: 'fluent/GraphQL C0141E with path' },
};
export const FluentGraphQL401InvalidBearerToken: Story = {
  name: 'Fluent · GraphQL 401 Invalid Bearer Token',
  args: { fixture: 'fluent/GraphQL 401 Invalid Bearer Token' },
};
export const Fluent400BadCredentialsOAuth: Story = {
  name: 'Fluent · 400 Bad credentials (OAuth)',
  args: { fixture: 'fluent/400 Bad credentials (OAuth)' },
};
export const Fluent400BadRequestJob: Story = {
  name: 'Fluent · 400 Bad Request (job)',
  args: { fixture: 'fluent/400 Bad Request (job)' },
};
export const Fluent400BadRequestPluginUpload: Story = {
  name: 'Fluent · 400 Bad Request (plugin upload)',
  args: { fixture: 'fluent/400 Bad Request (plugin upload)' },
};
export const Fluent400EventFailure: Story = {
  name: 'Fluent · 400 Event failure',
  args: { fixture: 'fluent/400 Event failure' },
};
export const Fluent400EventNoMatch: Story = {
  name: 'Fluent · 400 Event no match',
  args: { fixture: 'fluent/400 Event no match' },
};
export const Fluent401InvalidInputPOSTApiV41EventAsync: Story = {
  name: 'Fluent · 401 InvalidInput (POST /api/v4.1/event/async)',
  args: { fixture: 'fluent/401 InvalidInput (POST /api/v4.1/event/async)' },
};
export const Fluent401InvalidInputPOSTOrchestrationRestV1PluginInstall: Story = {
  name: 'Fluent · 401 InvalidInput (POST /orchestration/rest/v1/plugin/install)',
  args: { fixture: 'fluent/401 InvalidInput (POST /orchestration/rest/v1/plugin/install)' },
};
export const Fluent401InvalidInputGETApiV41Job: Story = {
  name: 'Fluent · 401 InvalidInput (GET /api/v4.1/job)',
  args: { fixture: 'fluent/401 InvalidInput (GET /api/v4.1/job)' },
};
export const Fluent401InvalidInputGETApiV41Workflow: Story = {
  name: 'Fluent · 401 InvalidInput (GET /api/v4.1/workflow)',
  args: { fixture: 'fluent/401 InvalidInput (GET /api/v4.1/workflow)' },
};
export const Fluent400NotNullWorkflow: Story = {
  name: 'Fluent · 400 NotNull (workflow)',
  args: { fixture: 'fluent/400 NotNull (workflow)' },
};
export const Fluent401InvalidBearerTokenEvent: Story = {
  name: 'Fluent · 401 Invalid Bearer Token (event)',
  args: { fixture: 'fluent/401 Invalid Bearer Token (event)' },
};
export const Fluent401UnauthorizedOAuthWorkflow: Story = {
  name: 'Fluent · 401 unauthorized (OAuth, workflow)',
  args: { fixture: 'fluent/401 unauthorized (OAuth, workflow)' },
};
export const Fluent403ForbiddenWorkflow: Story = {
  name: 'Fluent · 403 Forbidden (workflow)',
  args: { fixture: 'fluent/403 Forbidden (workflow)' },
};
export const Fluent406OnlyVerifiedBundles: Story = {
  name: 'Fluent · 406 Only Verified Bundles',
  args: { fixture: 'fluent/406 Only Verified Bundles' },
};
export const Fluent500UnsupportedHTTPOperation: Story = {
  name: 'Fluent · 500 Unsupported HTTP operation',
  args: { fixture: 'fluent/500 Unsupported HTTP operation' },
};
export const Fluent500InternalServerError: Story = {
  name: 'Fluent · 500 Internal Server Error',
  args: { fixture: 'fluent/500 Internal Server Error' },
};
export const Fluent500JettyErrorPage: Story = {
  name: 'Fluent · 500 Jetty error page',
  args: { fixture: 'fluent/500 Jetty error page' },
};
export const Fluent504GatewayTimeoutPage: Story = {
  name: 'Fluent · 504 Gateway timeout page',
  args: { fixture: 'fluent/504 Gateway timeout page' },
};
export const Omilia400EmptyBody: Story = {
  name: 'Omilia · 400 (empty body)',
  args: { fixture: 'omilia/400 (empty body)' },
};
export const Omilia401EmptyBody: Story = {
  name: 'Omilia · 401 (empty body)',
  args: { fixture: 'omilia/401 (empty body)' },
};
export const Omilia402EmptyBody: Story = {
  name: 'Omilia · 402 (empty body)',
  args: { fixture: 'omilia/402 (empty body)' },
};
export const Omilia403EmptyBody: Story = {
  name: 'Omilia · 403 (empty body)',
  args: { fixture: 'omilia/403 (empty body)' },
};
export const Omilia404EmptyBody: Story = {
  name: 'Omilia · 404 (empty body)',
  args: { fixture: 'omilia/404 (empty body)' },
};
export const Omilia409EmptyBody: Story = {
  name: 'Omilia · 409 (empty body)',
  args: { fixture: 'omilia/409 (empty body)' },
};
export const Omilia429EmptyBody: Story = {
  name: 'Omilia · 429 (empty body)',
  args: { fixture: 'omilia/429 (empty body)' },
};
export const Omilia500EmptyBody: Story = {
  name: 'Omilia · 500 (empty body)',
  args: { fixture: 'omilia/500 (empty body)' },
};
export const Omilia502EmptyBody: Story = {
  name: 'Omilia · 502 (empty body)',
  args: { fixture: 'omilia/502 (empty body)' },
};
export const Omilia503EmptyBody: Story = {
  name: 'Omilia · 503 (empty body)',
  args: { fixture: 'omilia/503 (empty body)' },
};
export const Omilia504EmptyBody: Story = {
  name: 'Omilia · 504 (empty body)',
  args: { fixture: 'omilia/504 (empty body)' },
};
export const Omilia403NoAvailableLicensesJSON: Story = {
  name: 'Omilia · 403 No available licenses (JSON)',
  args: { fixture: 'omilia/403 No available licenses (JSON)' },
};
export const Omilia403NoAvailableLicensesText: Story = {
  name: 'Omilia · 403 No available licenses (text)',
  args: { fixture: 'omilia/403 No available licenses (text)' },
};
export const Omnium400EmptyBody: Story = {
  name: 'Omnium · 400 (empty body)',
  args: { fixture: 'omnium/400 (empty body)' },
};
export const Omnium401EmptyBody: Story = {
  name: 'Omnium · 401 (empty body)',
  args: { fixture: 'omnium/401 (empty body)' },
};
export const Omnium403EmptyBody: Story = {
  name: 'Omnium · 403 (empty body)',
  args: { fixture: 'omnium/403 (empty body)' },
};
export const Omnium404EmptyBody: Story = {
  name: 'Omnium · 404 (empty body)',
  args: { fixture: 'omnium/404 (empty body)' },
};
export const Omnium409EmptyBody: Story = {
  name: 'Omnium · 409 (empty body)',
  args: { fixture: 'omnium/409 (empty body)' },
};
export const Omnium429EmptyBody: Story = {
  name: 'Omnium · 429 (empty body)',
  args: { fixture: 'omnium/429 (empty body)' },
};
export const Omnium500EmptyBody: Story = {
  name: 'Omnium · 500 (empty body)',
  args: { fixture: 'omnium/500 (empty body)' },
};
export const Omnium400ValidationMessage: Story = {
  name: 'Omnium · 400 validation message',
  args: { fixture: 'omnium/400 validation message' },
};
export const Omnium429WithRetryAfter: Story = {
  name: 'Omnium · 429 with Retry-After',
  args: { fixture: 'omnium/429 with Retry-After' },
};
export const Omnium429UserConcurrency: Story = {
  name: 'Omnium · 429 user concurrency',
  args: { fixture: 'omnium/429 user concurrency' },
};
export const Omnium429TenantConcurrency: Story = {
  name: 'Omnium · 429 tenant concurrency',
  args: { fixture: 'omnium/429 tenant concurrency' },
};
export const Omnium429TokenBucket: Story = {
  name: 'Omnium · 429 token bucket',
  args: { fixture: 'omnium/429 token bucket' },
};
export const Omnium429BatchOperations: Story = {
  name: 'Omnium · 429 batch operations',
  args: { fixture: 'omnium/429 batch operations' },
};
export const OmniValVMS400EmptyBody: Story = {
  name: 'OmniValVMS · 400 (empty body)',
  args: { fixture: 'omnivalvms/400 (empty body)' },
};
export const OmniValVMS401EmptyBody: Story = {
  name: 'OmniValVMS · 401 (empty body)',
  args: { fixture: 'omnivalvms/401 (empty body)' },
};
export const OmniValVMS403EmptyBody: Story = {
  name: 'OmniValVMS · 403 (empty body)',
  args: { fixture: 'omnivalvms/403 (empty body)' },
};
export const OmniValVMS404EmptyBody: Story = {
  name: 'OmniValVMS · 404 (empty body)',
  args: { fixture: 'omnivalvms/404 (empty body)' },
};
export const OmniValVMS409EmptyBody: Story = {
  name: 'OmniValVMS · 409 (empty body)',
  args: { fixture: 'omnivalvms/409 (empty body)' },
};
export const OmniValVMS422EmptyBody: Story = {
  name: 'OmniValVMS · 422 (empty body)',
  args: { fixture: 'omnivalvms/422 (empty body)' },
};
export const OmniValVMS429EmptyBody: Story = {
  name: 'OmniValVMS · 429 (empty body)',
  args: { fixture: 'omnivalvms/429 (empty body)' },
};
export const OmniValVMS500EmptyBody: Story = {
  name: 'OmniValVMS · 500 (empty body)',
  args: { fixture: 'omnivalvms/500 (empty body)' },
};
export const OmniValVMS409ActivationConflictP0Write: Story = {
  name: 'OmniValVMS · 409 activation conflict (P0 write)',
  args: { fixture: 'omnivalvms/409 activation conflict (P0 write)' },
};
export const OmniValVMS500WithCorrelationId: Story = {
  name: 'OmniValVMS · 500 with correlation id',
  args: { fixture: 'omnivalvms/500 with correlation id' },
};
export const FormatsProblemJson: Story = {
  name: 'Formats · problem+json',
  args: { fixture: 'formats/problem+json' },
};
export const FormatsProblemJsonValidationErrors: Story = {
  name: 'Formats · problem+json validation errors',
  args: { fixture: 'formats/problem+json validation errors' },
};
export const FormatsASPNETValidationProblem: Story = {
  name: 'Formats · ASP.NET validation problem',
  args: { fixture: 'formats/ASP.NET validation problem' },
};
export const FormatsGraphQLUNAUTHENTICATED200: Story = {
  name: 'Formats · GraphQL UNAUTHENTICATED (200)',
  args: { fixture: 'formats/GraphQL UNAUTHENTICATED (200)' },
};
export const FormatsGraphQLFORBIDDEN200: Story = {
  name: 'Formats · GraphQL FORBIDDEN (200)',
  args: { fixture: 'formats/GraphQL FORBIDDEN (200)' },
};
export const FormatsGraphQLBADUSERINPUTWithPaths: Story = {
  name: 'Formats · GraphQL BAD_USER_INPUT with paths',
  args: { fixture: 'formats/GraphQL BAD_USER_INPUT with paths' },
};
export const FormatsGraphQLGRAPHQLVALIDATIONFAILED: Story = {
  name: 'Formats · GraphQL GRAPHQL_VALIDATION_FAILED',
  args: { fixture: 'formats/GraphQL GRAPHQL_VALIDATION_FAILED' },
};
export const FormatsGraphQLINTERNALSERVERERROR200: Story = {
  name: 'Formats · GraphQL INTERNAL_SERVER_ERROR (200)',
  args: { fixture: 'formats/GraphQL INTERNAL_SERVER_ERROR (200)' },
};
export const FormatsGoogleRESOURCEEXHAUSTED: Story = {
  name: 'Formats · Google RESOURCE_EXHAUSTED',
  args: { fixture: 'formats/Google RESOURCE_EXHAUSTED' },
};
export const FormatsGoogleINVALIDARGUMENT: Story = {
  name: 'Formats · Google INVALID_ARGUMENT',
  args: { fixture: 'formats/Google INVALID_ARGUMENT' },
};
export const FormatsRailsValidationMap: Story = {
  name: 'Formats · Rails validation map',
  args: { fixture: 'formats/Rails validation map' },
};
export const FormatsFastAPIValidation: Story = {
  name: 'Formats · FastAPI validation',
  args: { fixture: 'formats/FastAPI validation' },
};
export const FormatsJSONAPIErrors: Story = {
  name: 'Formats · JSON:API errors',
  args: { fixture: 'formats/JSON:API errors' },
};
export const FormatsXMLErrorDocument: Story = {
  name: 'Formats · XML error document',
  args: { fixture: 'formats/XML error document' },
};
export const FormatsCloudflare502Page: Story = {
  name: 'Formats · Cloudflare 502 page',
  args: { fixture: 'formats/Cloudflare 502 page' },
};
export const FormatsPlainText400: Story = {
  name: 'Formats · Plain text 400',
  args: { fixture: 'formats/Plain text 400' },
};
export const FormatsEmpty503WithRetryAfterDate: Story = {
  name: 'Formats · Empty 503 with Retry-After date',
  args: { fixture: 'formats/Empty 503 with Retry-After date' },
};
export const FormatsWWWAuthenticateInvalidToken: Story = {
  name: 'Formats · WWW-Authenticate invalid_token',
  args: { fixture: 'formats/WWW-Authenticate invalid_token' },
};
export const FormatsTraceparentId: Story = {
  name: 'Formats · traceparent id',
  args: { fixture: 'formats/traceparent id' },
};
export const FormatsStackTraceInA400: Story = {
  name: 'Formats · Stack trace in a 400',
  args: { fixture: 'formats/Stack trace in a 400' },
};
export const FormatsChromiumNetworkFailure: Story = {
  name: 'Formats · Chromium network failure',
  args: { fixture: 'formats/Chromium network failure' },
};
export const FormatsFirefoxNetworkFailure: Story = {
  name: 'Formats · Firefox network failure',
  args: { fixture: 'formats/Firefox network failure' },
};
export const FormatsSafariNetworkFailure: Story = {
  name: 'Formats · Safari network failure',
  args: { fixture: 'formats/Safari network failure' },
};
export const FormatsSafariConnectionLost: Story = {
  name: 'Formats · Safari connection lost',
  args: { fixture: 'formats/Safari connection lost' },
};
export const FormatsAbortError: Story = {
  name: 'Formats · AbortError',
  args: { fixture: 'formats/AbortError' },
};
export const FormatsTimeoutError: Story = {
  name: 'Formats · TimeoutError',
  args: { fixture: 'formats/TimeoutError' },
};
export const FormatsProgrammingError: Story = {
  name: 'Formats · Programming error',
  args: { fixture: 'formats/Programming error' },
};
